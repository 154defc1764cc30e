internal import Foundation

extension EnglishMorphology {
  public static let verbsFile = "english-verbs.tsv"
  public static let nounsFile = "english-nouns.tsv"
  public static let demonymsFile = "demonyms.tsv"

  public static let verbColumns = ["base", "past", "participle", "note"]
  public static let nounColumns = ["singular", "plural", "note"]
  public static let demonymColumns = ["place", "adjective", "people", "note"]

  /// The note prefix that gives a verb's -ing form: `present participle: beginning`.
  static let presentParticipleNote = "present participle: "

  /// Loads the three data files from `rulesDirectory` (the project ships `Glossaries/rules/`).
  ///
  /// - Returns: the morphology and every problem found; rows with errors are left out, and
  ///   a later row for the same word replaces nothing (the first one wins).
  /// - Throws: `Diagnostic` when a file cannot be read. A malformed row is not thrown: it is
  ///   reported in the returned list.
  public static func load(rulesDirectory: String) throws(Diagnostic) -> (
    EnglishMorphology, [Diagnostic]
  ) {
    var morphology = EnglishMorphology()
    var problems: [Diagnostic] = []
    func path(_ name: String) -> String {
      (rulesDirectory as NSString).appendingPathComponent(name)
    }
    problems += morphology.addVerbs(try readData(path(verbsFile)), path: path(verbsFile))
    problems += morphology.addNouns(try readData(path(nounsFile)), path: path(nounsFile))
    problems += morphology.addDemonyms(
      try readData(path(demonymsFile)), path: path(demonymsFile))
    return (morphology, problems)
  }

  static func readData(_ path: String) throws(Diagnostic) -> [UInt8] {
    guard let data = FileManager.default.contents(atPath: path) else {
      throw Diagnostic(.error, at: nil, "\(path): cannot read English rules file")
    }
    return [UInt8](data)
  }

  /// Adds the rows of a verbs table (`base, past, participle, note`).
  ///
  /// - Returns: the problems found, in file order.
  public mutating func addVerbs(_ bytes: [UInt8], path: String) -> [Diagnostic] {
    let (table, tableProblems) = TSVTable.parse(
      bytes, path: path, expectedHeader: Self.verbColumns, minimumFields: 3)
    var problems = tableProblems
    var seen: [String: Int] = [:]
    for row in table.rows {
      guard table.checkText(of: row, spaceRuns: true, problems: &problems),
        Self.checkWords(row, in: table, fields: 0...2, problems: &problems),
        Self.checkFirst(row, in: table, seen: &seen, problems: &problems)
      else { continue }
      let note = row.fields.count > 3 ? row.fields[3] : ""
      var ing: String?
      if note.hasPrefix(Self.presentParticipleNote) {
        let form = note.dropFirst(Self.presentParticipleNote.count).prefix { $0 != ";" }
        ing = form.trimmingCharacters(in: .whitespaces)
        if ing?.isEmpty ?? true || ing!.contains(" ") {
          problems.append(
            Diagnostic(
              .error, at: table.location(of: row, field: 3),
              "expected one word after '\(Self.presentParticipleNote)'"))
          continue
        }
      }
      addVerb(
        row.fields[0], past: row.fields[1], participle: row.fields[2], presentParticiple: ing)
    }
    return problems.sortedByLocation()
  }

  /// Adds the rows of a nouns table (`singular, plural, note`; plural `=` for uncountable,
  /// `*` rows for word endings).
  ///
  /// - Returns: the problems found, in file order.
  public mutating func addNouns(_ bytes: [UInt8], path: String) -> [Diagnostic] {
    let (table, tableProblems) = TSVTable.parse(
      bytes, path: path, expectedHeader: Self.nounColumns, minimumFields: 2)
    var problems = tableProblems
    var seen: [String: Int] = [:]
    for row in table.rows {
      guard table.checkText(of: row, spaceRuns: true, problems: &problems),
        Self.checkWords(row, in: table, fields: 0...1, problems: &problems),
        Self.checkFirst(row, in: table, seen: &seen, problems: &problems)
      else { continue }
      let singular = row.fields[0]
      let plural = row.fields[1]
      let isEnding = singular.hasPrefix("*")
      let endingPlural = plural.hasPrefix("*")
      if (isEnding ? !endingPlural && plural != "=" : endingPlural) || singular == "*"
        || plural == "*"
      {
        problems.append(
          Diagnostic(
            .error, at: table.location(of: row, field: isEnding ? 1 : 0),
            "a '*' ending needs a '*' plural or '=', and a '*' plural a '*' singular"))
        continue
      }
      addNoun(singular, plural: plural == "=" ? nil : plural)
    }
    return problems.sortedByLocation()
  }

  /// Adds the rows of a demonyms table (`place, adjective, people, note`).
  ///
  /// - Returns: the problems found, in file order.
  public mutating func addDemonyms(_ bytes: [UInt8], path: String) -> [Diagnostic] {
    let (table, tableProblems) = TSVTable.parse(
      bytes, path: path, expectedHeader: Self.demonymColumns, minimumFields: 2)
    var problems = tableProblems
    var seen: [String: Int] = [:]
    for row in table.rows {
      guard table.checkText(of: row, spaceRuns: true, problems: &problems),
        Self.checkWords(row, in: table, fields: 0...1, problems: &problems),
        Self.checkFirst(row, in: table, seen: &seen, caseSensitive: true, problems: &problems)
      else { continue }
      let people = row.fields.count > 2 && !row.fields[2].isEmpty ? row.fields[2] : nil
      addPlace(row.fields[0], adjective: row.fields[1], people: people)
    }
    return problems.sortedByLocation()
  }

  /// Reports an empty field among `fields` (an error).
  static func checkWords(
    _ row: TSVTable.Row, in table: TSVTable, fields: ClosedRange<Int>,
    problems: inout [Diagnostic]
  ) -> Bool {
    for i in fields where row.fields[i].isEmpty {
      problems.append(
        Diagnostic(.error, at: table.location(of: row, field: i), "\(table.header[i]) is empty"))
      return false
    }
    return true
  }

  /// Reports a row whose first field repeats an earlier row's (an error: the first wins).
  static func checkFirst(
    _ row: TSVTable.Row, in table: TSVTable, seen: inout [String: Int],
    caseSensitive: Bool = false, problems: inout [Diagnostic]
  ) -> Bool {
    let key = caseSensitive ? row.fields[0] : row.fields[0].lowercased()
    if let line = seen[key] {
      problems.append(
        Diagnostic(
          .error, at: table.location(of: row, field: 0),
          "'\(row.fields[0])' is already listed at \(table.path):\(line)"))
      return false
    }
    seen[key] = row.line
    return true
  }
}
