internal import Foundation

/// Transfer rules written as data (`Glossaries/rules/transfer/*.rules`): each rule has an
/// id, a pattern over lexemes (words, parts of speech, kinds of glossary entry, word lists),
/// an English template and examples. The engine tries them, in file order, at every
/// position before its built-in rules; the first rule that matches writes the English.
///
/// ```
/// rule date.pada-day
///   match   pada hari? [day]
///   output  on $3
///   example Mereka tiba pada hari Sabtu. => They arrived on Saturday.
/// ```
public struct TransferRules: Sendable {
  /// One rule.
  public struct Rule: Sendable {
    public var id: String
    public var location: SourceLocation
    /// What the lexeme before the match must be (nil: anything, or the start).
    var after: Element?
    /// `after ^`: the match starts the segment, a quotation or a bracket.
    var atStart = false
    /// `after subject`: the match follows a subject, as its predicate.
    var afterSubject = false
    /// What the lexemes after the match must be, in order (empty: anything, or the end).
    var before: [Element] = []
    var pattern: [Element]
    var output: [OutputToken]
    /// Whether the rule has an `output` line (`output -` gives no English).
    var hasOutput = false
    /// What the English is to the words after it (see `Role`); nothing for an adverbial or
    /// a connective.
    var role: Role = .other
    public var examples: [Example] = []
    /// An `examples` block: examples of a construction the engine translates with built-in
    /// rules (noun phrases, verb groups), with no pattern of its own.
    public var isBuiltIn = false
    /// A `group` or `part` block: a verb-group rule (conditions and template).
    var verbGroup: VerbGroupRule?

    /// `transfer/dates.rules:12 date.pada-day`, as `--explain` shows it.
    public internal(set) var reference = ""
  }

  /// `transfer/dates.rules:12 date.pada-day`: the last two parts of the path, the line and
  /// the id, written once when the entry is read.
  static func reference(id: String, at location: SourceLocation) -> String {
    let parts = location.path.split(separator: "/")
    return "\(parts.suffix(2).joined(separator: "/")):\(location.line) \(id)"
  }

  /// An example sentence and the English expected for it (the whole sentence, or with a
  /// leading or trailing `…` a fragment it must contain).
  public struct Example: Sendable {
    public var input: String
    public var expected: String
    public var location: SourceLocation
    public var isFragment: Bool {
      expected.hasPrefix("…") || expected.hasSuffix("…")
    }
    /// The expected English without the `…` marks.
    public var fragment: String {
      var text = Substring(expected)
      if text.hasPrefix("…") { text = text.dropFirst() }
      if text.hasSuffix("…") { text = text.dropLast() }
      return text.trimmingCharacters(in: .whitespaces)
    }
  }

  /// What the rule's English is to what follows: a subject (`subject`, `plural-subject`),
  /// or words before a verb that decide its form (`verb-base`: will never + go, `verb-ing`:
  /// while + referring, `verb-past`: never + went, `verb-participle`: as + expected,
  /// `verb-perfect`: has never + gone, has never + been attacked), `question`, `clause` or
  /// `adverbial`.
  enum Role: String, Sendable, CaseIterable {
    case subject
    case pluralSubject = "plural-subject"
    case verbBase = "verb-base"
    case verbIng = "verb-ing"
    case verbPast = "verb-past"
    case verbParticiple = "verb-participle"
    case verbPerfect = "verb-perfect"
    /// A yes–no question: the first auxiliary of the next verb group goes before the
    /// subject that follows (`apakah pemerintah akan …` → will the government …).
    case question
    /// A clause follows: a pronoun right after is its subject (`karena dia` → because he).
    case clause
    /// An adverbial: the clause goes on as before it (`secara resmi` → officially).
    case adverbial
    case other
  }

  /// One position of a pattern: every test must hold.
  struct Element: Sendable {
    var tests: [Test]
    var optional = false
  }

  enum Test: Sendable {
    /// The lexeme in lower case is one of these words (`pada`, `tanggal|tgl`).
    case words(Set<String>)
    case feature(Feature, negated: Bool)
  }

  enum Feature: Sendable, Equatable {
    case category(Lexeme.Category)
    /// A glossary date that is a day of the week, or a month (any other date).
    case day, month, date
    /// A number of four digits, or from 1 to 31.
    case year, dayNumber
    case name, passive, human, capitalised, any
    /// An adjective, or an unanalysed word the lexicon also gives as a one-word adjective.
    case adjectival
    /// In a word list (`[list:negators]`), by its Indonesian or, for English lists, its English.
    case list(String)
  }

  enum OutputToken: Sendable {
    /// `$subject`: the last subject as a pronoun (he, they, it), for a clause without one.
    case subject
    /// `$be`: is/are after a subject (English needs a copula there), else nothing.
    case be
    case literal(String)
    case punctuation(String)
    case capture(Int, Form)
  }

  enum Form: String, Sendable {
    case english, surface, ing, past, participle, plural, number, time, adverb, comparative
  }

  public private(set) var rules: [Rule] = []
  /// The `examples` blocks, for the constructions of the built-in rules.
  public private(set) var builtIn: [Rule] = []
  /// The `order` entries: the English order of a phrase's slots (see `SlotOrder`).
  public internal(set) var orders: [SlotOrder] = []
  /// The orders by family (`np`), in file order.
  var ordersByFamily: [String: [SlotOrder]] = [:]
  /// The `group` rules, in file order: the first whose conditions hold realises a verb group.
  public private(set) var groups: [Rule] = []
  /// The `part` rules, in file order: each whose conditions hold adds its words.
  public private(set) var parts: [Rule] = []
  /// Rules whose first element is a word, by that word; the rest are tried everywhere.
  private var byWord: [String: [Int]] = [:]
  private var general: [Int] = []
  /// Whether a rule can start at a punctuation mark.
  private(set) var hasPunctuationRules = false

  public init() {}

  /// Every example of every rule, with its rule.
  public var examples: [(rule: Rule, example: Example)] {
    (rules + groups + parts + builtIn).flatMap { rule in rule.examples.map { (rule, $0) } }
  }

  /// The rules to try at a lexeme whose lower-case text is `word`, in file order.
  func candidates(for word: String) -> [Int] {
    guard let specific = byWord[word] else { return general }
    if general.isEmpty { return specific }
    return (specific + general).sorted()
  }

  // MARK: - Loading

  public static let folder = "transfer"

  /// Reads every `*.rules` file of `directory`, in byte order of their names.
  ///
  /// - Returns: the rules, every problem found, and the files read (for the fingerprint).
  /// - Throws: `Diagnostic` when a file cannot be read.
  public static func load(directory: String, lists: WordLists) throws(Diagnostic) -> (
    TransferRules, [Diagnostic], [(path: String, bytes: [UInt8])]
  ) {
    let names: [String]
    do {
      names = try FileManager.default.contentsOfDirectory(atPath: directory)
        .filter { $0.hasSuffix(".rules") && !$0.hasPrefix(".") }
        .sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
    } catch {
      throw Diagnostic(.error, at: nil, "\(directory): cannot read transfer rules folder")
    }
    var files: [(path: String, bytes: [UInt8])] = []
    var rules = TransferRules()
    var problems: [Diagnostic] = []
    for name in names {
      let path = (directory as NSString).appendingPathComponent(name)
      guard let data = FileManager.default.contents(atPath: path) else {
        throw Diagnostic(.error, at: nil, "\(path): cannot read file")
      }
      files.append((path, [UInt8](data)))
      problems += rules.add(String(decoding: data, as: UTF8.self), path: path, lists: lists)
    }
    return (rules, problems, files)
  }

  /// Loads the word lists, the transfer rules and the analyser's closed classes
  /// (`morphology-words.tsv`) of `rulesDirectory` (`Glossaries/rules`) and returns the rules
  /// with every problem found in them.
  public static func lint(rulesDirectory: String) throws(Diagnostic) -> (
    TransferRules, [Diagnostic]
  ) {
    let (lists, listProblems, _) = try WordLists.load(
      directory: (rulesDirectory as NSString).appendingPathComponent(WordLists.folder))
    let (rules, ruleProblems, _) = try load(
      directory: (rulesDirectory as NSString).appendingPathComponent(folder), lists: lists)
    var morphologyProblems: [Diagnostic] = []
    let morphologyPath = (rulesDirectory as NSString).appendingPathComponent(
      MorphologyWordClasses.file)
    if let data = FileManager.default.contents(atPath: morphologyPath) {
      morphologyProblems = MorphologyWordClasses.parse([UInt8](data), path: morphologyPath).1
    }
    return (rules, listProblems + ruleProblems + morphologyProblems)
  }

  /// Parses one rules file and adds its rules.
  ///
  /// - Returns: the problems found (`FILE:LINE:COLUMN`); a rule with an error is left out.
  public mutating func add(_ text: String, path: String, lists: WordLists) -> [Diagnostic] {
    var problems: [Diagnostic] = []
    var current: Rule?
    var currentOK = true
    var currentOrder: SlotOrder?
    var seen = Dictionary(
      uniqueKeysWithValues: (rules + groups + parts + builtIn).map { ($0.id, $0.location) })
    func finish() {
      guard let rule = current else { return }
      defer {
        current = nil
        currentOrder = nil
      }
      if let order = currentOrder {
        if order.items.isEmpty {
          problems.append(Diagnostic(.error, at: rule.location, "order \(rule.id) has no 'slots'"))
          return
        }
        if rule.examples.isEmpty {
          problems.append(
            Diagnostic(.error, at: rule.location, "order \(rule.id) has no example"))
        }
        guard currentOK else { return }
        orders.append(order)
        ordersByFamily[String(order.family), default: []].append(order)
        builtIn.append(rule)
        return
      }
      if rule.isBuiltIn {
        if rule.examples.isEmpty {
          problems.append(
            Diagnostic(.error, at: rule.location, "examples \(rule.id) has no example"))
        } else if currentOK {
          builtIn.append(rule)
        }
        return
      }
      if let group = rule.verbGroup {
        if group.template.isEmpty && rule.hasOutput == false {
          problems.append(
            Diagnostic(.error, at: rule.location, "\(group.kind) \(rule.id) has no 'output'"))
          return
        }
        if rule.examples.isEmpty {
          problems.append(
            Diagnostic(.warning, at: rule.location, "\(group.kind) \(rule.id) has no example"))
        }
        guard currentOK else { return }
        if group.kind == .group { groups.append(rule) } else { parts.append(rule) }
        return
      }
      if rule.pattern.isEmpty {
        problems.append(Diagnostic(.error, at: rule.location, "rule \(rule.id) has no 'match'"))
        return
      }
      if !rule.hasOutput {
        problems.append(Diagnostic(.error, at: rule.location, "rule \(rule.id) has no 'output'"))
        return
      }
      if rule.examples.isEmpty {
        problems.append(
          Diagnostic(.warning, at: rule.location, "rule \(rule.id) has no example"))
      }
      guard currentOK else { return }
      rules.append(rule)
    }
    var lineNumber = 0
    for rawLine in text.split(separator: "\n", omittingEmptySubsequences: false) {
      lineNumber += 1
      let line = rawLine.hasSuffix("\r") ? rawLine.dropLast() : rawLine
      let indent = line.prefix { $0 == " " || $0 == "\t" }.count
      let content = line.dropFirst(indent)
      if content.isEmpty || content.hasPrefix("#") { continue }
      let keyword = content.prefix { $0 != " " && $0 != "\t" }
      let rest = content.dropFirst(keyword.count).drop { $0 == " " || $0 == "\t" }
      let restColumn = indent + keyword.count + (content.count - keyword.count - rest.count) + 1
      let at = SourceLocation(path: path, line: lineNumber, column: indent + 1)
      let restAt = SourceLocation(path: path, line: lineNumber, column: restColumn)
      if keyword == "rule" || keyword == "examples" || keyword == "group" || keyword == "part"
        || keyword == "order"
      {
        finish()
        let id = String(rest)
        if id.isEmpty || id.contains(where: { $0 == " " || $0 == "\t" }) {
          problems.append(
            Diagnostic(.error, at: restAt, "expected one id after '\(keyword)'"))
        }
        if let first = seen[id] {
          problems.append(
            Diagnostic(
              .error, at: restAt, "rule \(id) is already defined at \(first.path):\(first.line)"))
        }
        seen[id] = at
        current = Rule(id: id, location: at, pattern: [], output: [])
        current!.reference = Self.reference(id: id, at: at)
        current!.isBuiltIn = keyword == "examples" || keyword == "order"
        if let kind = VerbGroupRule.Kind(rawValue: String(keyword)) {
          current!.verbGroup = VerbGroupRule(kind: kind)
        }
        currentOK = !id.isEmpty && !problems.contains { $0.location == restAt }
        if keyword == "order" {
          currentOrder = SlotOrder(id: id, location: at)
          currentOrder!.reference = Self.reference(id: id, at: at)
          if Self.orderVocabulary[String(currentOrder!.family)] == nil {
            problems.append(
              Diagnostic(
                .error, at: restAt,
                "an order's id starts with its phrase family (\(Self.orderVocabulary.keys.sorted().joined(separator: ", "))), not '\(id)'"
              ))
            currentOK = false
          }
        }
        continue
      }
      if currentOrder != nil && (keyword == "when" || keyword == "slots") {
        let family = currentOrder!.family
        let count: Int
        let errors: [Diagnostic]
        if keyword == "when" {
          let (conditions, conditionErrors) = Self.parseConditions(
            rest, family: family, at: restAt)
          currentOrder!.conditions += conditions
          (count, errors) = (conditions.count, conditionErrors)
        } else {
          if !currentOrder!.items.isEmpty {
            problems.append(Diagnostic(.error, at: at, "an order has one 'slots'"))
            currentOK = false
          }
          let (items, itemErrors) = Self.parseItems(rest, family: family, at: restAt)
          currentOrder!.items = items
          (count, errors) = (items.count, itemErrors)
        }
        problems += errors
        if !errors.isEmpty || count == 0 { currentOK = false }
        if count == 0 && errors.isEmpty {
          problems.append(Diagnostic(.error, at: restAt, "'\(keyword)' needs at least one item"))
        }
        continue
      }
      if current?.isBuiltIn ?? false && keyword != "example" {
        problems.append(
          Diagnostic(
            .error, at: at,
            currentOrder != nil
              ? "an 'order' holds only 'when', 'slots' and 'example' lines"
              : "an 'examples' block holds only 'example' lines"))
        currentOK = false
        continue
      }
      guard current != nil else {
        problems.append(
          Diagnostic(
            .error, at: at,
            "expected 'rule ID', 'examples ID', 'group ID', 'part ID' or 'order ID' before '\(keyword)'"
          ))
        continue
      }
      if current!.verbGroup != nil {
        let location = (path, lineNumber, restColumn)
        switch keyword {
        case "when":
          let (conditions, errors) = VerbGroupRule.parseConditions(rest, at: location)
          problems += errors
          if !errors.isEmpty { currentOK = false }
          current!.verbGroup!.conditions += conditions
          continue
        case "output":
          let (tokens, errors) = VerbGroupRule.parseTemplate(rest, at: location)
          problems += errors
          if !errors.isEmpty { currentOK = false }
          current!.hasOutput = true
          current!.verbGroup!.template = tokens
          continue
        case "example":
          break
        default:
          problems.append(
            Diagnostic(
              .error, at: at,
              "unknown keyword '\(keyword)' in a \(current!.verbGroup!.kind) block (expected when, output or example)"
            ))
          continue
        }
      }
      switch keyword {
      case "match":
        if !current!.pattern.isEmpty {
          problems.append(Diagnostic(.error, at: at, "a rule has one 'match'"))
          currentOK = false
        }
        let (elements, errors) = Self.parsePattern(
          rest, path: path, line: lineNumber, column: restColumn, lists: lists)
        problems += errors
        if !errors.isEmpty || elements.isEmpty { currentOK = false }
        if elements.isEmpty && errors.isEmpty {
          problems.append(Diagnostic(.error, at: restAt, "'match' needs at least one element"))
        }
        if elements.allSatisfy(\.optional) && !elements.isEmpty {
          problems.append(
            Diagnostic(.error, at: restAt, "a pattern needs at least one element that is not '?'"))
          currentOK = false
        }
        current!.pattern = elements
      case "after" where rest == "^":
        current!.atStart = true
      case "after" where rest == "subject":
        current!.afterSubject = true
      case "after", "before":
        let (elements, errors) = Self.parsePattern(
          rest, path: path, line: lineNumber, column: restColumn, lists: lists)
        problems += errors
        let one = keyword == "after"
        if (one ? elements.count != 1 : elements.isEmpty) || elements.contains(where: \.optional) {
          if errors.isEmpty {
            problems.append(
              Diagnostic(
                .error, at: restAt,
                one
                  ? "'after' takes one element, without '?'"
                  : "'before' takes one or more elements, without '?'"))
          }
          currentOK = false
        } else if one {
          current!.after = elements[0]
        } else {
          current!.before = elements
        }
      case "output" where rest == "-":
        current!.hasOutput = true
      case "output":
        current!.hasOutput = true
        let (tokens, errors) = Self.parseOutput(
          rest, path: path, line: lineNumber, column: restColumn,
          elements: current!.pattern.count)
        problems += errors
        if !errors.isEmpty { currentOK = false }
        if current!.pattern.isEmpty {
          problems.append(Diagnostic(.error, at: at, "'output' must follow 'match'"))
          currentOK = false
        }
        current!.output = tokens
      case "role":
        guard let role = Role(rawValue: String(rest)), role != .other else {
          problems.append(
            Diagnostic(
              .error, at: restAt,
              "expected one of \(Role.allCases.filter { $0 != .other }.map(\.rawValue).joined(separator: ", ")) after 'role'"
            ))
          currentOK = false
          continue
        }
        current!.role = role
      case "example":
        let parts = rest.components(separatedBy: " => ")
        guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty else {
          problems.append(
            Diagnostic(.error, at: restAt, "expected 'example INDONESIAN => ENGLISH'"))
          continue
        }
        current!.examples.append(
          Example(
            input: parts[0].trimmingCharacters(in: .whitespaces),
            expected: parts[1].trimmingCharacters(in: .whitespaces), location: restAt))
      default:
        problems.append(
          Diagnostic(
            .error, at: at,
            "unknown keyword '\(keyword)' (expected rule, examples, group, part, order, match, after, before, output, role, when, slots or example)"
          ))
      }
    }
    finish()
    reindex()
    return problems.sortedByLocation()
  }

  private mutating func reindex() {
    byWord = [:]
    general = []
    hasPunctuationRules = rules.contains { rule in
      rule.pattern[0].optional
        || rule.pattern[0].tests.contains {
          if case .words(let set) = $0 { return set.contains { $0.allSatisfy(\.isPunctuation) } }
          if case .feature(.category(.punctuation), false) = $0 { return true }
          return false
        }
    }
    for (index, rule) in rules.enumerated() {
      if case .words(let words) = rule.pattern[0].tests.first, !rule.pattern[0].optional {
        for word in words { byWord[word, default: []].append(index) }
      } else {
        general.append(index)
      }
    }
  }

  static let categories: [String: Lexeme.Category] = [
    "noun": .noun, "propn": .properNoun, "verb": .verb, "adj": .adjective, "adv": .adverb,
    "pron": .pronoun, "prep": .preposition, "conj": .conjunction, "num": .numeral,
    "det": .determiner, "part": .particle, "aux": .auxiliary, "cls": .classifier,
    "number": .number, "punct": .punctuation,
  ]

  static let features: [String: Feature] = [
    "day": .day, "month": .month, "date": .date, "year": .year, "daynum": .dayNumber,
    "name": .name, "passive": .passive, "human": .human, "cap": .capitalised, "any": .any,
    "adjlike": .adjectival,
  ]

  /// The words of a rule line's text, split at single spaces, each with its offset from the
  /// start of the text (for `FILE:LINE:COLUMN`).
  static func words(of text: Substring) -> [(word: Substring, offset: Int)] {
    var words: [(word: Substring, offset: Int)] = []
    var offset = 0
    for token in text.split(separator: " ", omittingEmptySubsequences: false) {
      defer { offset += token.count + 1 }
      if !token.isEmpty { words.append((token, offset)) }
    }
    return words
  }

  /// `pada hari? [day]`, `[noun&!name] yang [adj]`, `[list:negators]`.
  static func parsePattern(
    _ text: Substring, path: String, line: Int, column: Int, lists: WordLists
  ) -> ([Element], [Diagnostic]) {
    var elements: [Element] = []
    var problems: [Diagnostic] = []
    let known = Set(WordLists.schema.map(\.file))
    for (token, offset) in TransferRules.words(of: text) {
      let at = SourceLocation(path: path, line: line, column: column + offset)
      var body = Substring(token)
      var element = Element(tests: [])
      if body.hasSuffix("?") && body.count > 1 {
        element.optional = true
        body = body.dropLast()
      }
      if body.hasPrefix("[") && body.hasSuffix("]") && body.count > 2 {
        for part in body.dropFirst().dropLast().split(separator: "&") {
          var name = part
          let negated = name.hasPrefix("!")
          if negated { name = name.dropFirst() }
          if let category = categories[String(name)] {
            element.tests.append(.feature(.category(category), negated: negated))
          } else if let feature = features[String(name)] {
            element.tests.append(.feature(feature, negated: negated))
          } else if name.hasPrefix("list:"), known.contains(String(name.dropFirst(5))) {
            element.tests.append(.feature(.list(String(name.dropFirst(5))), negated: negated))
          } else {
            problems.append(
              Diagnostic(
                .error, at: at,
                "unknown feature '\(name)' (expected a part of speech \(categories.keys.sorted().joined(separator: ", ")), one of \(features.keys.sorted().joined(separator: ", ")), or list:NAME of a word list)"
              ))
          }
        }
      } else if body.contains("[") || body.contains("]") || body.contains("$") {
        problems.append(Diagnostic(.error, at: at, "malformed element '\(token)'"))
      } else {
        let words = body.split(separator: "|").map { $0.replacingOccurrences(of: "_", with: " ") }
        if words.contains(where: { $0 != $0.lowercased() || $0.isEmpty }) {
          problems.append(
            Diagnostic(.error, at: at, "words in a pattern are written in lower case: '\(body)'"))
        }
        element.tests.append(.words(Set(words)))
      }
      elements.append(element)
    }
    return (elements, problems)
  }

  /// `on $3`, `$2.surface`, `while $2.ing`, `$4 $2 , $5`.
  static func parseOutput(
    _ text: Substring, path: String, line: Int, column: Int, elements: Int
  ) -> ([OutputToken], [Diagnostic]) {
    var tokens: [OutputToken] = []
    var problems: [Diagnostic] = []
    for (token, offset) in TransferRules.words(of: text) {
      let at = SourceLocation(path: path, line: line, column: column + offset)
      if token == "$subject" {
        tokens.append(.subject)
      } else if token == "$be" {
        tokens.append(.be)
      } else if token.hasPrefix("$") {
        let parts = token.dropFirst().split(separator: ".", maxSplits: 1)
        guard let number = parts.first.flatMap({ Int($0) }), number >= 1, number <= elements
        else {
          problems.append(
            Diagnostic(
              .error, at: at, "'\(token)' refers to no element (the pattern has \(elements))"))
          continue
        }
        let form = parts.count > 1 ? Form(rawValue: String(parts[1])) : .english
        guard let form else {
          problems.append(
            Diagnostic(
              .error, at: at,
              "unknown form '\(parts[1])' (expected english, surface, ing, past, participle, plural, number, time, adverb or comparative)"
            ))
          continue
        }
        tokens.append(.capture(number - 1, form))
      } else if token.allSatisfy({ $0.isPunctuation }) {
        tokens.append(.punctuation(String(token)))
      } else {
        tokens.append(.literal(String(token)))
      }
    }
    return (tokens, problems)
  }
}
