extension IndonesianMorphology {
  /// The file of roots that look affixed (`Glossaries/rules/opaque-words.tsv`).
  public static let opaqueWordsFile = "opaque-words.tsv"
  public static let opaqueWordColumns = ["word", "note"]

  /// Reads the roots that look affixed and whose apparent stem is itself a word, so
  /// stripping would change the meaning: `menteri` (not men- + `teri` "anchovy"), `masalah`
  /// (not `masa` + -lah), `sekarang` (not se- + `karang`).
  ///
  /// No analysis may split one of these: not the word alone, and not inside a longer
  /// form (`bermasalah` is ber- + `masalah`, never ber- + `masa` + -lah).
  ///
  /// - Returns: the lower-case words and every problem found in the file.
  public static func opaqueWords(_ bytes: [UInt8], path: String) -> (Set<String>, [Diagnostic]) {
    let (table, tableProblems) = TSVTable.parse(
      bytes, path: path, expectedHeader: opaqueWordColumns, minimumFields: 1)
    var problems = tableProblems
    var words = Set<String>()
    for row in table.rows {
      guard table.checkText(of: row, spaceRuns: false, problems: &problems) else { continue }
      let word = row.fields[0]
      guard !word.isEmpty, word.unicodeScalars.allSatisfy({ $0.value >= 0x61 && $0.value <= 0x7A })
      else {
        problems.append(
          Diagnostic(
            .error, at: table.location(of: row, field: 0),
            "an opaque word must be lower-case letters a-z, not '\(word)'"))
        continue
      }
      if !words.insert(word).inserted {
        problems.append(
          Diagnostic(.warning, at: table.location(of: row, field: 0), "'\(word)' is listed twice"))
      }
    }
    return (words, problems)
  }
}

/// Closed classes of words the analyser treats specially, read from
/// `Glossaries/rules/morphology-words.tsv` (columns `word`, `class`, `note`).
public struct MorphologyWordClasses: Sendable {
  /// Particles and other function words that are never the stem of an affixed form, though
  /// the lexicon lists them (class `particle`): `lahan` is not `lah` + -an, `pekan` not pe- +
  /// `kan`.
  public var particles: Set<String> = []
  /// Bases that ke- alone (without -an) turns into ordinals (class `ordinal-base`): `kedua`,
  /// `ketiga`, `kesepuluh`.
  public var ordinalBases: Set<String> = []
  /// Lemmas shorter than 3 letters that removing enclitics alone may still reach (class
  /// `short-root`): `ia` in `ialah`, `iapun`; never with a prefix or suffix, so `teriakan` is
  /// not ter- + `ia` + -kan. Every other lemma reached by removing an affix has at least 3
  /// letters, so `akan` is never a- + -kan and `perlu` never per- + `lu`.
  public var shortRoots: Set<String> = []

  public init() {}

  public static let file = "morphology-words.tsv"
  public static let columns = ["word", "class", "note"]
  static let classes = ["particle", "ordinal-base", "short-root"]

  /// Reads the file's rows.
  ///
  /// - Returns: the classes and every problem found (`FILE:LINE:COLUMN`).
  public static func parse(_ bytes: [UInt8], path: String) -> (Self, [Diagnostic]) {
    let (table, tableProblems) = TSVTable.parse(
      bytes, path: path, expectedHeader: columns, minimumFields: 2)
    var problems = tableProblems
    var result = Self()
    var seen = Set<String>()
    for row in table.rows {
      guard table.checkText(of: row, spaceRuns: false, problems: &problems) else { continue }
      let word = row.fields[0]
      let wordClass = row.fields[1]
      guard !word.isEmpty, word.unicodeScalars.allSatisfy({ $0.value >= 0x61 && $0.value <= 0x7A })
      else {
        problems.append(
          Diagnostic(
            .error, at: table.location(of: row, field: 0),
            "a word must be lower-case letters a-z, not '\(word)'"))
        continue
      }
      switch wordClass {
      case "particle": result.particles.insert(word)
      case "ordinal-base": result.ordinalBases.insert(word)
      case "short-root": result.shortRoots.insert(word)
      default:
        problems.append(
          Diagnostic(
            .error, at: table.location(of: row, field: 1),
            "unknown class '\(wordClass)': expected one of \(classes.joined(separator: ", "))"))
        continue
      }
      if !seen.insert(word + "\t" + wordClass).inserted {
        problems.append(
          Diagnostic(
            .warning, at: table.location(of: row, field: 0),
            "'\(word)' is listed twice as \(wordClass)"))
      }
    }
    return (result, problems)
  }
}
