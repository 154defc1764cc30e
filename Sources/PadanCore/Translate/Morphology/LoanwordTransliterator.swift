internal import Foundation

/// Proposes the English of an Indonesian loanword from spelling correspondences given as
/// data (`Glossaries/rules/loanwords.tsv`): `konsentrasi` → `concentration` (ending -asi →
/// -ation, letter k → c). A candidate is accepted only when the English word list has it, so
/// the rules never invent a word.
///
/// ```swift
/// let rules = try LoanwordTransliterator.load(path: "Glossaries/rules/loanwords.tsv", words: list)
/// rules.0.transliterate("kreasi")?.english  // "creation"
/// ```
public struct LoanwordTransliterator: Sendable {
  /// One row of the rules file.
  public struct Rule: Hashable, Sendable {
    public enum Kind: String, Sendable { case suffix, whole, letters }
    public var id: String
    public var kind: Kind
    public var indonesian: String
    public var english: String
    public var partOfSpeech: LexiconEntry.PartOfSpeech?
    /// `ekspansi → expansion; versi → version`.
    public var example: String
    public var origin: SourceLocation

    /// `S02 -asi → -ation`, `L01 k → c`.
    public var label: String {
      switch kind {
      case .suffix: "\(id) -\(indonesian) → -\(english)"
      case .whole: "\(id) whole word"
      case .letters: "\(id) \(indonesian) → \(english)"
      }
    }
  }

  /// A transliterated word.
  public struct Result: Hashable, Sendable {
    public var english: String
    public var partOfSpeech: LexiconEntry.PartOfSpeech
    /// The ending (or whole-word) rule, then the letter rules applied, in word order.
    public var rules: [Rule]

    /// `loanword: S02 -asi → -ation, L01 k → c`.
    public var description: String {
      "loanword: " + rules.map(\.label).joined(separator: ", ")
    }
  }

  public static let columns = ["id", "kind", "indonesian", "english", "pos", "example"]
  public static let fileName = "loanwords.tsv"
  /// The most letter correspondences one word may take.
  static let maximumLetterRules = 4
  /// Words shorter than this are left alone.
  static let minimumLength = 5

  public let rules: [Rule]
  public let words: EnglishWordList
  let endings: [Rule]
  let letters: [Rule]

  public init(rules: [Rule], words: EnglishWordList) {
    self.rules = rules
    self.words = words
    // Longer endings first; equal lengths in file order (the sort is stable).
    let endings = rules.filter { $0.kind != .letters }
    self.endings = endings.enumerated().sorted { a, b in
      let (x, y) = (
        a.element.kind == .whole ? 0 : a.element.indonesian.count,
        b.element.kind == .whole ? 0 : b.element.indonesian.count
      )
      return x != y ? x > y : a.offset < b.offset
    }.map(\.element)
    self.letters = rules.filter { $0.kind == .letters }
  }

  /// Reads the rules file.
  ///
  /// - Returns: the transliterator and every problem found (rows with errors left out).
  /// - Throws: `Diagnostic` when the file cannot be read.
  public static func load(path: String, words: EnglishWordList) throws(Diagnostic) -> (
    LoanwordTransliterator, [Diagnostic]
  ) {
    guard let data = FileManager.default.contents(atPath: path) else {
      throw Diagnostic(.error, at: nil, "\(path): cannot read loanword rules file")
    }
    let (rules, problems) = parse([UInt8](data), path: path)
    return (LoanwordTransliterator(rules: rules, words: words), problems)
  }

  /// The rules of a file's bytes, and every problem found.
  public static func parse(_ bytes: [UInt8], path: String) -> ([Rule], [Diagnostic]) {
    let (table, tableProblems) = TSVTable.parse(
      bytes, path: path, expectedHeader: columns, minimumFields: 4)
    var problems = tableProblems
    var rules: [Rule] = []
    var ids = Set<String>()
    for row in table.rows {
      func field(_ i: Int) -> String { i < row.fields.count ? row.fields[i] : "" }
      func report(_ i: Int, _ message: String) {
        problems.append(Diagnostic(.error, at: table.location(of: row, field: i), message))
      }
      guard table.checkText(of: row, spaceRuns: false, problems: &problems) else { continue }
      guard let kind = Rule.Kind(rawValue: field(1)) else {
        report(1, "unknown kind '\(field(1))' (expected suffix, whole or letters)")
        continue
      }
      let id = field(0)
      guard !id.isEmpty, ids.insert(id).inserted else {
        report(0, id.isEmpty ? "empty id" : "id '\(id)' is used twice")
        continue
      }
      let isLetters = { (s: String) in
        !s.isEmpty && s.unicodeScalars.allSatisfy { $0.value >= 0x61 && $0.value <= 0x7A }
      }
      if kind != .whole, !isLetters(field(2)) || !isLetters(field(3)) {
        report(2, "indonesian and english must be lower-case letters a-z")
        continue
      }
      var pos: LexiconEntry.PartOfSpeech?
      if kind != .letters {
        pos = LexiconEntry.PartOfSpeech(rawValue: field(4))
        if pos == nil {
          report(4, "unknown part of speech '\(field(4))'")
          continue
        }
      }
      rules.append(
        Rule(
          id: id, kind: kind, indonesian: kind == .whole ? "" : field(2),
          english: kind == .whole ? "" : field(3), partOfSpeech: pos, example: field(5),
          origin: SourceLocation(path: table.path, line: row.line, column: 1)))
    }
    return (rules, problems)
  }

  /// The English of `word` (lower case), or `nil` when no rule gives a listed word.
  ///
  /// - Parameter whole: whether the whole-word rules may apply (not for a capitalised word,
  ///   which may be a name that is also an English word).
  public func transliterate(_ word: String, whole: Bool = true) -> Result? {
    guard word.count >= Self.minimumLength,
      word.unicodeScalars.allSatisfy({ $0.value >= 0x61 && $0.value <= 0x7A })
    else { return nil }
    let bytes = Array(word.utf8)
    for ending in endings where whole || ending.kind != .whole {
      let tail = Array(ending.indonesian.utf8)
      guard bytes.count - tail.count >= 3, bytes.suffix(tail.count).elementsEqual(tail) else {
        continue
      }
      var search = Search(
        stem: Array(bytes.dropLast(tail.count)), ending: Array(ending.english.utf8),
        letters: letters, words: words)
      search.run()
      if let best = search.best {
        return Result(
          english: best.word, partOfSpeech: ending.partOfSpeech ?? .noun,
          rules: [ending] + best.rules)
      }
    }
    return nil
  }

  /// A depth-first search over the letter correspondences of a stem, cut wherever no word
  /// of the list starts with what has been written.
  struct Search {
    let stem: [UInt8]
    let ending: [UInt8]
    let letters: [Rule]
    let words: EnglishWordList
    var written: [UInt8] = []
    var applied: [Rule] = []
    var best: (word: String, rules: [Rule])?
    var steps = 0

    mutating func run() { visit(0) }

    mutating func visit(_ i: Int) {
      steps += 1
      guard steps < 5000 else { return }
      if i == stem.count {
        let word = String(decoding: written + ending, as: UTF8.self)
        if words.words.contains(word), best == nil || applied.count < best!.rules.count {
          best = (word, applied)
        }
        return
      }
      // The letter as written first, so that fewer correspondences are found first.
      step(i, take: 1, write: [stem[i]], rule: nil)
      guard applied.count < LoanwordTransliterator.maximumLetterRules else { return }
      for rule in letters {
        let from = Array(rule.indonesian.utf8)
        guard i + from.count <= stem.count, stem[i..<(i + from.count)].elementsEqual(from) else {
          continue
        }
        step(i, take: from.count, write: Array(rule.english.utf8), rule: rule)
      }
    }

    mutating func step(_ i: Int, take: Int, write: [UInt8], rule: Rule?) {
      let mark = written.count
      written += write
      if words.hasWord(startingWith: String(decoding: written, as: UTF8.self)) {
        if let rule { applied.append(rule) }
        visit(i + take)
        if rule != nil { applied.removeLast() }
      }
      written.removeSubrange(mark...)
    }
  }
}
