internal import Foundation

/// The closed-class word lists the transfer rules read (negators, modals, quantifiers,
/// measure nouns, …), loaded from `Glossaries/rules/words/*.tsv`: one list per file, the
/// first column the word, the last a note, and the columns between its values.
public struct WordLists: Sendable {
  /// Every list file, with the columns it must have (in order).
  public static let schema: [(file: String, columns: [String])] = [
    ("ago-words", ["word", "note"]),
    ("amount-words", ["word", "english", "note"]),
    ("change-verbs", ["english", "note"]),
    ("classifiers", ["word", "note"]),
    ("clause-verbs", ["word", "role", "note"]),
    ("control-verbs", ["english", "marker", "note"]),
    ("currency-signs", ["word", "note"]),
    ("day-names", ["english", "note"]),
    ("degree-words", ["word", "english", "note"]),
    ("demonstratives", ["word", "singular", "plural", "note"]),
    ("distributives", ["word", "note"]),
    ("english-ly-verbs", ["english", "note"]),
    ("english-subjects", ["english", "note"]),
    ("extent-words", ["word", "note"]),
    ("fraction-words", ["word", "note"]),
    ("group-adverbs", ["word", "english", "note"]),
    ("graded-degree-words", ["word", "grade", "note"]),
    ("headline-minor-words", ["english", "note"]),
    ("human-nouns", ["english", "note"]),
    ("infinitive-markers", ["word", "note"]),
    ("intensifiers", ["word", "english", "note"]),
    ("measure-nouns", ["word", "note"]),
    ("modals", ["word", "english", "note"]),
    ("month-names", ["english", "note"]),
    ("name-heads", ["word", "english", "note"]),
    ("negators", ["word", "english", "note"]),
    ("nominalisation-shapes", ["word", "note"]),
    ("of-heads", ["word", "note"]),
    ("of-quantifiers", ["word", "note"]),
    ("ordinal-adjectives", ["english", "note"]),
    ("ordinal-markers", ["word", "note"]),
    ("ordinals", ["word", "english", "note"]),
    ("other-words", ["word", "note"]),
    ("places-with-the", ["english", "note"]),
    ("possessive-clitics", ["word", "english", "note"]),
    ("plural-heads", ["english", "note"]),
    ("plural-quantifiers", ["word", "english", "note"]),
    ("pre-modifiers", ["word", "english", "note"]),
    ("pronouns", ["word", "possessive", "object", "number", "note"]),
    ("relative-markers", ["word", "note"]),
    ("reporting-verbs", ["english", "note"]),
    ("say-verbs", ["word", "note"]),
    ("singular-numerals", ["word", "note"]),
    ("tense-markers", ["word", "aspect", "note"]),
    ("time-deictics", ["word", "note"]),
    ("time-nouns", ["word", "english", "note"]),
    ("time-prepositions", ["word", "note"]),
    ("times-of-day", ["word", "english", "note"]),
    ("verb-context", ["word", "note"]),
  ]

  /// The folder inside the rules folder.
  public static let folder = "words"

  /// List name → word → the values of its row (without the word and the note).
  private(set) var tables: [String: [String: [String]]] = [:]
  /// List name → word → where it is defined.
  private(set) var origins: [String: [String: SourceLocation]] = [:]

  public init() {}

  /// Whether `word` is in `list` (Indonesian words are compared in lower case, English
  /// words as written).
  func contains(_ list: String, _ word: some StringProtocol) -> Bool {
    tables[list]?[String(word)] != nil
  }

  /// The first value of `word` in `list` (its English), or nil when it is not listed.
  func value(_ list: String, _ word: some StringProtocol) -> String? {
    tables[list]?[String(word)]?.first
  }

  /// All the values of `word` in `list`.
  func values(_ list: String, _ word: some StringProtocol) -> [String]? {
    tables[list]?[String(word)]
  }

  /// Every word of `list`.
  func words(_ list: String) -> [String] { tables[list].map { Array($0.keys) } ?? [] }

  /// Where `word` of `list` is defined (`words/modals.tsv:7:1`).
  func origin(_ list: String, _ word: String) -> SourceLocation? { origins[list]?[word] }

  /// Reads every list of `schema` from `directory` (the `words` folder).
  ///
  /// - Returns: the lists, every problem found (`FILE:LINE:COLUMN`) and the files read (for
  ///   the fingerprint). Rows with errors are left out.
  /// - Throws: `Diagnostic` when a list file cannot be read.
  public static func load(directory: String) throws(Diagnostic) -> (
    WordLists, [Diagnostic], [(path: String, bytes: [UInt8])]
  ) {
    var lists = WordLists()
    var problems: [Diagnostic] = []
    var files: [(path: String, bytes: [UInt8])] = []
    let known = Set(schema.map(\.file))
    if let names = try? FileManager.default.contentsOfDirectory(atPath: directory) {
      for name in names.sorted() where name.hasSuffix(".tsv") && !name.hasPrefix(".") {
        if !known.contains(String(name.dropLast(4))) {
          problems.append(
            Diagnostic(
              .warning,
              at: SourceLocation(
                path: (directory as NSString).appendingPathComponent(name), line: 1, column: 1),
              "word list '\(name.dropLast(4))' is not read by the engine"))
        }
      }
    }
    for (name, columns) in schema {
      let path = (directory as NSString).appendingPathComponent(name + ".tsv")
      guard let data = FileManager.default.contents(atPath: path) else {
        throw Diagnostic(.error, at: nil, "\(path): cannot read word list")
      }
      let bytes = [UInt8](data)
      files.append((path, bytes))
      problems += lists.add(bytes, path: path, list: name, columns: columns)
    }
    return (lists, problems.sortedByLocation(), files)
  }

  /// Adds the rows of one list file.
  mutating func add(_ bytes: [UInt8], path: String, list: String, columns: [String])
    -> [Diagnostic]
  {
    let (table, tableProblems) = TSVTable.parse(
      bytes, path: path, expectedHeader: columns, minimumFields: 1)
    var problems = tableProblems
    var rows: [String: [String]] = tables[list] ?? [:]
    var locations: [String: SourceLocation] = origins[list] ?? [:]
    let english = columns[0] == "english"
    for row in table.rows {
      guard table.checkText(of: row, spaceRuns: true, problems: &problems) else { continue }
      let word = row.fields[0]
      let at = table.location(of: row, field: 0)
      if word.isEmpty {
        problems.append(Diagnostic(.error, at: at, "\(columns[0]) is empty"))
        continue
      }
      if !english && word != word.lowercased() {
        problems.append(Diagnostic(.error, at: at, "'\(word)' must be written in lower case"))
        continue
      }
      if let first = locations[word] {
        problems.append(
          Diagnostic(.error, at: at, "'\(word)' is already listed at \(first.path):\(first.line)"))
        continue
      }
      let valueCount = columns.count - 2
      var values = Array(row.fields.dropFirst().prefix(valueCount))
      while values.count < valueCount { values.append("") }
      rows[word] = values
      locations[word] = at
    }
    tables[list] = rows
    origins[list] = locations
    return problems
  }
}
