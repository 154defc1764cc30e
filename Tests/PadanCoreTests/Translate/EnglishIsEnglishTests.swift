import Foundation
import Testing

@testable import PadanCore

/// Every English word the engine writes is English: a word of the English word list, an
/// English word of the lexicon or glossaries (or a regular form of one the list lacks), or a
/// word of the source (a name or a word copied unchanged). Numbers are not words.
@Suite(.enabled(if: FileManager.default.fileExists(atPath: EnglishWordList.defaultPath)))
struct EnglishIsEnglishTests {
  static func nonWords(in target: String, source: String) -> [String] {
    let english = shippedResources.english
    guard let list = english.wordList else { return [] }
    let sourceWords = Set(Self.words(source).map { $0.lowercased() })
    return Self.words(target).filter { token in
      var word = token.lowercased().replacingOccurrences(of: "’", with: "'")
      if word.hasSuffix("'s") { word = String(word.dropLast(2)) }
      if list.contains(word) || sourceWords.contains(word) || english.targetWords.contains(word) {
        return false
      }
      // A regular form of a lexicon word the list lacks: midfielders, carmakers.
      for ending in ["s", "es", "ed", "d", "ing", "ly"] where word.hasSuffix(ending) {
        let base = String(word.dropLast(ending.count))
        if english.targetWords.contains(base) && !list.contains(base) { return false }
      }
      return true
    }
  }

  static func words(_ text: String) -> [String] {
    text.split(whereSeparator: { !($0.isLetter || $0 == "'" || $0 == "’") }).map {
      String($0).trimmingCharacters(in: CharacterSet(charactersIn: "'’"))
    }.filter { !$0.isEmpty }
  }

  @Test(arguments: ["dev.jsonl", "test.jsonl"])
  func developmentSets(_ name: String) throws {
    var found: [String] = []
    for source in try developmentSources(name) {
      let target = shippedTranslator.translate(source, kind: .body).target
      found += Self.nonWords(in: target, source: source).map { "\($0) in: \(target)" }
    }
    #expect(found.isEmpty, "\(found.count) non-words:\n\(found.prefix(20).joined(separator: "\n"))")
  }

  @Test func sampleArticles() throws {
    var found: [String] = []
    for (kind, source) in try seedSegments() {
      let target = shippedTranslator.translate(source, kind: kind).target
      found += Self.nonWords(in: target, source: source).map { "\($0) in: \(target)" }
    }
    #expect(found.isEmpty, "\(found.count) non-words:\n\(found.prefix(20).joined(separator: "\n"))")
  }

  /// The check itself finds what it should.
  @Test func theCheckFindsNonWords() {
    #expect(
      Self.nonWords(in: "The kelelawars flew.", source: "Kelelawar terbang.") == ["kelelawars"])
    #expect(Self.nonWords(in: "Thered is one.", source: "Ada satu.") == ["Thered"])
    #expect(Self.nonWords(in: "Mr Albence said.", source: "Tuan Albence berkata.").isEmpty)
  }
}
