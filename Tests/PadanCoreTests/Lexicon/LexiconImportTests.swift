import Foundation
import Testing

@testable import PadanCore

/// The fixtures beside this file, written for these tests.
let lexiconFixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
  .appendingPathComponent("Fixtures")

/// Reads `path` in `format` and writes the imported lexicon file, as the CLI does.
func importedLexicon(
  _ path: String, _ format: LexiconImportFormat, existing: Lexicon = Lexicon(entries: []),
  keepDuplicates: Bool = false
) throws -> (text: String, source: LexiconImportSource, skipped: [String]) {
  let paths = try format.files(for: path) { FileManager.default.fileExists(atPath: $0) }.get()
  let files = try paths.map { ($0, [UInt8](try Data(contentsOf: URL(fileURLWithPath: $0)))) }
  let source = format.read(files)
  let importer = try LexiconImporter(keepDuplicates: keepDuplicates)
  let (entries, duplicates) = importer.entries(from: source, existing: existing)
  let text = String(decoding: LexiconTSVWriter().write(entries), as: UTF8.self)
  return (text, source, (source.skipped + duplicates).sortedByOrigin().map(\.description))
}

@Suite struct LexiconImportTests {
  let header = "lemma\tpos\tenglish\tcues\tnote\n"

  /// The mini FreeDict dictionary, reversed: `bunga` is given by `interest` in two senses,
  /// so it comes first; ties are alphabetical.
  let freeDictLexicon = """
    aman\tadj\tsafe;secure\t\t
    bank\tn\tbank\t\t
    bunga\tn\tinterest;bloom;flower\t\t
    dan lain-lain\tadv\tetc.\t\t
    dll.\tadv\tetc.\t\t
    kafe\tn\tcafé\t\t
    kembang\tn\tflower\t\t
    kepentingan\tn\tinterest\t\t
    mekar\tn\tbloom\t\t
    menyerang\tv\tattack\t\t
    minat\tn\tinterest\t\t
    moral\tn\tmoral\t\t
    ngomong-ngomong\tn\tby the way\t\t
    omong-omong\tn\tby the way\t\t
    presiden\tn\tPresident\t\t
    Presiden\tn\tPresident\t\t
    riba\tn\tinterest\t\t
    serang\tv\tattack\t\t
    serangan\tn\tattack\t\t
    tepi\tn\tbank\t\t
    tepian\tn\tbank\t\t
    terjamin\tadj\tsecure\t\t

    """

  @Test(arguments: ["freedict-mini.index", "freedict-mini.dict", "freedict-mini"])
  func readsAFreeDictDictdDictionaryInReverse(name: String) throws {
    let path = lexiconFixtures.appendingPathComponent(name).path
    let (text, source, skipped) = try importedLexicon(path, .freedict)
    #expect(source.problems.isEmpty)
    #expect(source.entriesRead == 15)
    #expect(text == header + freeDictLexicon)
    let dict = lexiconFixtures.appendingPathComponent("freedict-mini.dict").path
    #expect(
      skipped == [
        "\(dict):38:1: skipped 'panjang umur raja!': a sentence, question or exclamation",
        "\(dict):42:4: skipped 'orang yang sabar akan mendapat hasil yang baik pada akhirnya': more than 8 words",
        "\(dict):44:1: skipped 'ness': an affix entry",
      ])
  }

  @Test func readsTheSameDictionaryCompressedWithDictzip() throws {
    let path = lexiconFixtures.appendingPathComponent("dictzip/freedict-mini.dict.dz").path
    let (text, source, skipped) = try importedLexicon(path, .freedict)
    #expect(source.problems.isEmpty)
    #expect(text == header + freeDictLexicon)
    #expect(
      skipped.first
        == "\(path):38:1: skipped 'panjang umur raja!': a sentence, question or exclamation")
  }

  @Test func readsAFreeDictTEIDictionaryInReverse() throws {
    let path = lexiconFixtures.appendingPathComponent("freedict-mini.tei").path
    let (text, source, skipped) = try importedLexicon(path, .freedict)
    #expect(source.problems.isEmpty)
    #expect(source.entriesRead == 5)
    #expect(
      text == header + """
        bank\tn\tbank\t\t
        bunga\tn\tinterest;flower\t\t
        kembang\tn\tflower\t\t
        menarik minat\tv\tinterest\t\t
        omong-omong\tn\tby the way\t\t
        riba\tn\tinterest\t\t
        tepi\tn\tbank\t\t
        tepian\tn\tbank\t\t

        """)
    #expect(skipped == ["\(path):51:20: skipped '-ness': an affix entry"])
  }

  @Test func readsATableKeepingItsOrderOfEquivalents() throws {
    let path = lexiconFixtures.appendingPathComponent("words.tsv").path
    let (text, source, skipped) = try importedLexicon(path, .tsv)
    #expect(
      source.problems.map(\.description) == [
        "\(path):10:15: warning: unknown part of speech 'phrase'; the default is used"
      ])
    #expect(source.entriesRead == 7)
    #expect(
      text == header + """
        aman\tadj\tsafe;secure\t\t
        bunga\tn\tflower;bloom;interest\t\t
        menyerang\tv\tto attack\t\t
        rumah\tn\thouse\t\t
        serang\tn\tattack\t\t

        """)
    #expect(skipped == ["\(path):9:1: skipped 'kenapa?': a sentence, question or exclamation"])
  }

  @Test func readsACSVTableWithoutAHeader() throws {
    let path = lexiconFixtures.appendingPathComponent("words.csv").path
    let (text, source, _) = try importedLexicon(path, .tsv)
    #expect(source.problems.isEmpty)
    #expect(text == header + "aman\tadj\tsafe;secure\t\t\nbunga\tn\tflower;bloom\t\t\n")
  }

  @Test func skipsLemmasTheLexiconHasUnlessAskedToKeepThem() throws {
    let (lexicon, problems) = Lexicon.parse(files: [
      ("core.tsv", Array((header + "aman\tadj\tsafe\t\t\nbunga\tv\tbloom\t\t\n").utf8))
    ])
    #expect(problems.isEmpty)
    let path = lexiconFixtures.appendingPathComponent("words.csv").path
    let (text, _, skipped) = try importedLexicon(path, .tsv, existing: lexicon)
    #expect(text == header + "bunga\tn\tflower;bloom\t\t\n")
    #expect(skipped == ["\(path):2:1: skipped 'aman': already in the lexicon at core.tsv:2"])
    let kept = try importedLexicon(path, .tsv, existing: lexicon, keepDuplicates: true)
    #expect(kept.text == header + "aman\tadj\tsafe;secure\t\t\nbunga\tn\tflower;bloom\t\t\n")
    #expect(kept.skipped.isEmpty)
  }

  @Test func theOutputPassesLexiconLint() throws {
    let path = lexiconFixtures.appendingPathComponent("freedict-mini.index").path
    let (text, _, _) = try importedLexicon(path, .freedict)
    let (lexicon, problems) = Lexicon.parse(files: [("imported.tsv", Array(text.utf8))])
    #expect(problems.isEmpty)
    #expect(lexicon.entries.count == 22)
  }

  @Test func findsTheFilesOfADictdDictionary() {
    let files: Set = ["d/x.index", "d/x.dict.dz", "d/y.index", "d/y.dict", "d/z.tei", "d/w.txt"]
    func found(_ path: String) -> [String]? {
      try? LexiconImportFormat.freedict.files(for: path, exists: files.contains).get()
    }
    #expect(found("d/x.index") == ["d/x.index", "d/x.dict.dz"])
    #expect(found("d/x") == ["d/x.index", "d/x.dict.dz"])
    #expect(found("d/x.dict.dz") == ["d/x.index", "d/x.dict.dz"])
    #expect(found("d/y.dict") == ["d/y.index", "d/y.dict"])
    #expect(found("d/z.tei") == ["d/z.tei"])
    #expect(found("d/w.txt") == ["d/w.txt"])
    #expect(found("d/v.index") == nil)
    #expect(found("d/y.dict.dz") == nil)
  }

  /// Runs only where Debian's `dict-freedict-eng-ind` is installed; nothing requires it.
  @Test(
    .enabled(if: FileManager.default.fileExists(atPath: "/usr/share/dictd/freedict-eng-ind.index"))
  )
  func readsTheInstalledFreeDictEnglishIndonesianDictionary() throws {
    let (text, source, _) = try importedLexicon(
      "/usr/share/dictd/freedict-eng-ind.index", .freedict)
    #expect(source.problems.map(\.description) == [])
    #expect(source.entriesRead > 10_000)
    let (lexicon, problems) = Lexicon.parse(files: [("imported.tsv", Array(text.utf8))])
    #expect(problems.map(\.description) == [])
    #expect(lexicon.entries.count > 10_000)
  }
}
