import Foundation
import Testing

@Suite struct TranslateTextCommandTests {
  @Test func translatesAnArgument() throws {
    let result = try runPadan(["translate-text", "Rusia tidak akan menyerang Ukraina."])
    #expect(result.status == 0)
    #expect(result.stdout == "Russia will not attack Ukraine.\n")
  }

  @Test func translatesEachLineOfStandardInput() throws {
    let result = try runPadan(
      ["translate-text"],
      stdin: "Rusia tidak menyerang Ukraina.\nPara menteri bertemu di Jakarta.\n")
    #expect(result.status == 0)
    #expect(result.stdout == "Russia did not attack Ukraine.\nMinisters met in Jakarta.\n")
  }

  @Test func explainNamesEntriesAnalysesAndRules() throws {
    let result = try runPadan(["translate-text", "--explain", "Gedung itu dihancurkan oleh NATO."])
    #expect(result.status == 0)
    let lines = result.stdout.split(separator: "\n").map(String.init)
    #expect(lines.last == "That building was destroyed by NATO.")
    let passive = try #require(lines.first { $0.hasPrefix("  dihancurkan") })
    #expect(passive.contains("[lexicon Glossaries/lexicon/"))
    #expect(passive.contains("di-+hancur+-kan"))
    #expect(passive.contains("rules: transfer/verb-group.rules:"))
    #expect(passive.contains(" vg.passive"))
    // The chunk structure, and the rule behind each piece of English.
    #expect(lines.contains { $0.contains("[VG head=dihancurkan passive=yes: dihancurkan]") })
    #expect(lines.contains { $0.contains("[PP head=oleh: oleh NATO]") })
    #expect(
      lines.contains { $0.hasPrefix("  destroyed  ← dihancurkan  [transfer/verb-group.rules:") })
    let nato = try #require(lines.first { $0.hasPrefix("  NATO") })
    #expect(nato.contains("[glossary Glossaries/organisations.tsv:"))
    #expect(lines.contains { $0.hasPrefix("  itu") && $0.contains("lexicon") })
  }

  @Test func floorsAreSelectable() throws {
    let words = try runPadan(["translate-text", "--engine", "words", "Rusia tidak menyerang"])
    #expect(words.status == 0)
    #expect(!words.stdout.isEmpty)
    let bad = try runPadan(["translate-text", "--engine", "nope", "x"])
    #expect(bad.status == 64)
  }

  @Test func aBrokenGlossaryStopsWithItsLocation() throws {
    let folder = try temporaryFolder(["bad.tsv": Array("source\ttarget\ttype\nNATO\t\tkeep\n".utf8)]
    )
    try FileManager.default.createDirectory(
      at: folder.appendingPathComponent("lexicon"), withIntermediateDirectories: true)
    try FileManager.default.createDirectory(
      at: folder.appendingPathComponent("rules"), withIntermediateDirectories: true)
    for name in ["english-verbs.tsv", "english-nouns.tsv", "demonyms.tsv", "words", "transfer"] {
      try FileManager.default.copyItem(
        at: repositoryRoot.appendingPathComponent("Glossaries/rules/\(name)"),
        to: folder.appendingPathComponent("rules/\(name)"))
    }
    let result = try runPadan(["translate-text", "--glossaries", folder.path, "NATO"])
    #expect(result.status == 1)
    #expect(result.stderr.contains("bad.tsv:2:"))
    #expect(result.stderr.contains("error"))
  }
}
