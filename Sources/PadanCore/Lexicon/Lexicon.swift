internal import Foundation
internal import ICUWrapper

/// The general lexicon: every `*.tsv` file of a folder (`Glossaries/lexicon/`), in byte order
/// of the file names, checked like the glossaries.
///
/// Columns: `lemma`, `pos`, `english` (`;`-separated, most common first; `∅` for no English
/// word), `cues` (`;`-separated `word>english` or `place=word>english` items; see
/// `LexiconEntry.Cue`) and `note`; `#` starts a comment line.
public struct Lexicon: Sendable {
  public var entries: [LexiconEntry]

  public init(entries: [LexiconEntry]) { self.entries = entries }

  public static let columns = ["lemma", "pos", "english", "cues", "note"]

  /// Loads every `*.tsv` file directly in `directory`.
  ///
  /// - Returns: the lexicon (rows with errors left out) and every problem found.
  /// - Throws: `Diagnostic` when the folder cannot be read.
  public static func load(directory: String) throws(Diagnostic) -> (Lexicon, [Diagnostic]) {
    parse(files: try TSVTable.readFolder(directory, kind: "lexicon"))
  }

  /// Parses lexicon files given as (path, bytes), in the order given.
  public static func parse(files: [(path: String, bytes: [UInt8])]) -> (Lexicon, [Diagnostic]) {
    var entries: [LexiconEntry] = []
    var problems: [Diagnostic] = []
    var seen: [String: LexiconEntry] = [:]
    for (path, bytes) in files {
      let (table, tableProblems) = TSVTable.parse(
        bytes, path: path, expectedHeader: columns, minimumFields: 3)
      problems += tableProblems
      for row in table.rows {
        guard let entry = entry(from: row, in: table, id: entries.count, problems: &problems) else {
          continue
        }
        let key = entry.lemma + "\t" + entry.partOfSpeech.rawValue
        if let other = seen[key] {
          let severity: Diagnostic.Severity = other.english == entry.english ? .warning : .error
          let what = severity == .error ? "conflicts with" : "repeats"
          problems.append(
            Diagnostic(
              severity, at: entry.origin,
              "'\(entry.lemma)' (\(entry.partOfSpeech.rawValue)) \(what) \(other.origin.fileAndLine)"
            ))
          continue
        }
        seen[key] = entry
        entries.append(entry)
      }
    }
    return (Lexicon(entries: entries), problems.sortedByLocation())
  }

  static func entry(
    from row: TSVTable.Row, in table: TSVTable, id: Int, problems: inout [Diagnostic]
  ) -> LexiconEntry? {
    func field(_ i: Int) -> String { i < row.fields.count ? row.fields[i] : "" }
    func report(_ severity: Diagnostic.Severity, _ i: Int, _ message: String) {
      problems.append(Diagnostic(severity, at: table.location(of: row, field: i), message))
    }
    var ok = table.checkText(of: row, spaceRuns: false, problems: &problems)
    let lemma = field(0).trimmingCharacters(in: .whitespaces)
    if lemma.isEmpty {
      report(.error, 0, "empty lemma")
      ok = false
    }
    guard let pos = LexiconEntry.PartOfSpeech(rawValue: field(1)) else {
      let known = LexiconEntry.PartOfSpeech.allCases.map(\.rawValue).joined(separator: ", ")
      report(.error, 1, "unknown part of speech '\(field(1))' (expected one of: \(known))")
      return nil
    }
    let englishField = field(2).trimmingCharacters(in: .whitespaces)
    var english: [String] = []
    if englishField.isEmpty {
      report(
        .error, 2, "empty english (write \(LexiconEntry.untranslated) for a word left untranslated)"
      )
      ok = false
    } else if englishField != LexiconEntry.untranslated {
      english = englishField.split(separator: ";", omittingEmptySubsequences: false)
        .map { $0.trimmingCharacters(in: .whitespaces) }
      if english.contains(where: \.isEmpty) {
        report(.warning, 2, "empty equivalent between ';' separators")
      }
      english = english.filter { !$0.isEmpty }
      if Set(english).count != english.count {
        report(.warning, 2, "an equivalent is listed twice")
      }
    }
    var cues: [LexiconEntry.Cue] = []
    if !field(3).isEmpty {
      for item in field(3).split(separator: ";") {
        let parts = item.split(separator: ">", maxSplits: 1).map {
          $0.trimmingCharacters(in: .whitespaces)
        }
        guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty else {
          report(.error, 3, "malformed cue '\(item)' (expected word>english or place=word>english)")
          ok = false
          continue
        }
        var place = LexiconEntry.Cue.Place.sentence
        var word = parts[0]
        if let equals = word.firstIndex(of: "=") {
          let name = String(word[..<equals])
          guard let named = LexiconEntry.Cue.Place(rawValue: name), named != .sentence else {
            report(
              .error, 3, "unknown cue place '\(name)' in '\(item)' (expected prev, next or head)")
            ok = false
            continue
          }
          place = named
          word = String(word[word.index(after: equals)...])
        }
        let cue = LexiconEntry.Cue(place: place, word: word, english: parts[1])
        if let wordClass = cue.wordClass, !LexiconEntry.Cue.classes.contains(wordClass) {
          let known = LexiconEntry.Cue.classes.map { "#" + $0 }.joined(separator: ", ")
          report(.error, 3, "unknown word class '\(word)' in '\(item)' (expected one of: \(known))")
          ok = false
          continue
        }
        if cue.wordClass != nil, place == .sentence {
          report(.error, 3, "a word class needs a place (prev=, next= or head=) in '\(item)'")
          ok = false
          continue
        }
        if word.isEmpty {
          report(.error, 3, "empty cue word in '\(item)'")
          ok = false
          continue
        }
        cues.append(cue)
      }
    }
    guard ok else { return nil }
    return LexiconEntry(
      id: id, lemma: lemma, partOfSpeech: pos, english: english, cues: cues, note: field(4),
      origin: SourceLocation(path: table.path, line: row.line, column: 1))
  }
}
