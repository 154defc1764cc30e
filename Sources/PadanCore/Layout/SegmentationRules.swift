internal import Foundation

/// The data-driven part of layout analysis and sentence segmentation.
///
/// Loaded from `abbreviations.tsv` and `layout.tsv` in a rules folder (the project ships
/// `Glossaries/rules/`), so users extend the rules without recompiling.
public struct SegmentationRules: Sendable {
  /// Abbreviations that never end a sentence (`Dr.`, `Jl.`, `No.`, `Pte.`).
  public var prefixAbbreviations: Set<String> = []
  /// Abbreviations that may end a sentence (`dll.`, `kg.`).
  public var ambiguousAbbreviations: Set<String> = []
  /// Abbreviations that follow a name and may end a sentence (`Tbk.`, `Ltd.`, `S.H.`).
  public var suffixAbbreviations: Set<String> = []
  /// Lower-case words that commonly begin a sentence (`ia`, `namun`, `perusahaan`).
  public var sentenceStarters: Set<String> = []
  public var boilerplateStarts: [String] = []
  public var boilerplateLines: Set<String> = []
  public var boilerplatePhrases: [String] = []
  public var promptVerbs: Set<String> = []
  public var linkWords: [String] = []
  public var bylineStarts: [String] = []
  public var captionStarts: [String] = []
  public var logoWords: Set<String> = []

  public init() {}

  public static let abbreviationsFile = "abbreviations.tsv"
  public static let layoutFile = "layout.tsv"

  /// Loads both rule files from `directory`.
  ///
  /// - Returns: the rules and every problem found (errors mean rows were skipped).
  /// - Throws: `Diagnostic` when a file cannot be read.
  public static func load(directory: String) throws(Diagnostic) -> (SegmentationRules, [Diagnostic])
  {
    var rules = SegmentationRules()
    var problems: [Diagnostic] = []
    let abbreviationsPath = (directory as NSString).appendingPathComponent(abbreviationsFile)
    let layoutPath = (directory as NSString).appendingPathComponent(layoutFile)
    problems += rules.addAbbreviations(
      try readData(abbreviationsPath), path: abbreviationsPath)
    problems += rules.addLayoutCues(try readData(layoutPath), path: layoutPath)
    return (rules, problems)
  }

  static func readData(_ path: String) throws(Diagnostic) -> [UInt8] {
    guard let data = FileManager.default.contents(atPath: path) else {
      throw Diagnostic(.error, at: nil, "\(path): cannot read segmentation rules file")
    }
    return [UInt8](data)
  }

  /// Adds the rows of an abbreviations table (`abbreviation, class, group, note`).
  public mutating func addAbbreviations(_ bytes: [UInt8], path: String) -> [Diagnostic] {
    let (table, problems) = TSVTable.parse(
      bytes, path: path, expectedHeader: ["abbreviation", "class", "group", "note"],
      minimumFields: 2)
    var all = problems
    for row in table.rows {
      let token = row.fields[0]
      guard !token.isEmpty, !token.contains(" ") else {
        all.append(
          Diagnostic(
            .error, at: table.location(of: row, field: 0), "empty abbreviation or one with a space")
        )
        continue
      }
      switch row.fields[1] {
      case "prefix": prefixAbbreviations.insert(token)
      case "ambiguous": ambiguousAbbreviations.insert(token)
      case "suffix": suffixAbbreviations.insert(token)
      default:
        all.append(
          Diagnostic(
            .error, at: table.location(of: row, field: 1),
            "unknown class '\(row.fields[1])' (expected prefix, suffix or ambiguous)"))
      }
    }
    return all.sortedByLocation()
  }

  /// Adds the rows of a layout cue table (`cue, role, note`).
  public mutating func addLayoutCues(_ bytes: [UInt8], path: String) -> [Diagnostic] {
    let (table, problems) = TSVTable.parse(
      bytes, path: path, expectedHeader: ["cue", "role", "note"], minimumFields: 2)
    var all = problems
    for row in table.rows {
      let cue = row.fields[0]
      guard !cue.isEmpty, cue == cue.lowercased() else {
        all.append(
          Diagnostic(
            .error, at: table.location(of: row, field: 0), "a cue must be non-empty lower case"))
        continue
      }
      switch row.fields[1] {
      case "boilerplate-start": boilerplateStarts.append(cue)
      case "boilerplate-line": boilerplateLines.insert(cue)
      case "boilerplate-phrase": boilerplatePhrases.append(cue)
      case "prompt-verb": promptVerbs.insert(cue)
      case "link-word": linkWords.append(cue)
      case "byline-start": bylineStarts.append(cue)
      case "caption-start": captionStarts.append(cue)
      case "logo-word": logoWords.insert(cue)
      case "sentence-starter": sentenceStarters.insert(cue)
      default:
        all.append(
          Diagnostic(
            .error, at: table.location(of: row, field: 1), "unknown role '\(row.fields[1])'"))
      }
    }
    return all.sortedByLocation()
  }

  /// Length in bytes of the longest listed abbreviation: longer tokens are never one.
  var longestAbbreviation: Int {
    (prefixAbbreviations.union(ambiguousAbbreviations).union(suffixAbbreviations)).map(\.utf8.count)
      .max() ?? 0
  }

  /// Case-folded byte hashes of every listed abbreviation: a token whose folded hash is
  /// not here is not an abbreviation, so most full stops need no string work at all.
  var foldedAbbreviationHashes: Set<UInt64> {
    Set(
      prefixAbbreviations.union(ambiguousAbbreviations).union(suffixAbbreviations).map {
        Self.foldedHash(Array($0.utf8)[...])
      })
  }

  /// FNV-1a over ASCII-lower-cased bytes.
  @inline(__always)
  static func foldedHash(_ bytes: some Collection<UInt8>) -> UInt64 {
    var h: UInt64 = 0xcbf2_9ce4_8422_2325
    for b in bytes {
      h ^= UInt64(b >= 0x41 && b <= 0x5A ? b | 0x20 : b)
      h = h &* 0x100_0000_01b3
    }
    return h
  }

  /// The class of an abbreviation token (with its final full stop), if it is one.
  func abbreviationClass(_ token: Substring) -> AbbreviationClass? {
    let s = String(token)
    if prefixAbbreviations.contains(s) { return .prefix }
    if ambiguousAbbreviations.contains(s) { return .ambiguous }
    if suffixAbbreviations.contains(s) { return .suffix }
    // An all-capitals token ("DR.", "JL.") also matches case-insensitively.
    if s.count > 2, s == s.uppercased() {
      let folded = s.lowercased()
      for candidate in [folded, folded.prefix(1).uppercased() + folded.dropFirst()] {
        if prefixAbbreviations.contains(candidate) { return .prefix }
        if ambiguousAbbreviations.contains(candidate) { return .ambiguous }
        if suffixAbbreviations.contains(candidate) { return .suffix }
      }
    }
    return nil
  }

  enum AbbreviationClass { case prefix, ambiguous, suffix }
}
