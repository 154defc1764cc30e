import Foundation
import Testing

@testable import PadanCore

@Suite struct LexiconTests {
  let header = "lemma\tpos\tenglish\tcues\tnote\n"

  @Test func parsesEquivalentsCuesAndUntranslatedWords() {
    let text =
      header
      + "# umum\nbunga\tn\tflower;interest\tbank>interest;kredit>interest\t\nlah\tpart\t∅\t\temphatic\n"
    let (lexicon, problems) = Lexicon.parse(files: [("l.tsv", Array(text.utf8))])
    #expect(problems.isEmpty)
    #expect(lexicon.entries.map(\.english) == [["flower", "interest"], []])
    #expect(
      lexicon.entries[0].cues == [
        LexiconEntry.Cue(word: "bank", english: "interest"),
        LexiconEntry.Cue(word: "kredit", english: "interest"),
      ])
    #expect(lexicon.entries[1].origin.description == "l.tsv:4:1")
  }

  @Test func reportsProblemsWithTheirLocations() {
    let rows = [
      "aman\tadj\tsafe", "serang\tverb\tattack", "kosong\tn\t", "bunga\tn\tflower\tbank=interest",
      "aman\tadj\tsecure", "aman\tadj\tsafe", "baru\tadj\tnew;;fresh",
    ]
    let (lexicon, problems) = Lexicon.parse(files: [
      ("l.tsv", Array((header + rows.joined(separator: "\n") + "\n").utf8))
    ])
    #expect(
      problems.map(\.description) == [
        "l.tsv:3:8: error: unknown part of speech 'verb' (expected one of: n, v, adj, adv, pron, prep, conj, num, det, part, intj, cls, aux)",
        "l.tsv:4:10: error: empty english (write ∅ for a word left untranslated)",
        "l.tsv:5:16: error: malformed cue 'bank=interest' (expected word>english or place=word>english)",
        "l.tsv:6:1: error: 'aman' (adj) conflicts with l.tsv:2",
        "l.tsv:7:1: warning: 'aman' (adj) repeats l.tsv:2",
        "l.tsv:8:10: warning: empty equivalent between ';' separators",
      ])
    #expect(lexicon.entries.map(\.lemma) == ["aman", "baru"])
  }

  @Test func shippedLexiconIsLargeAndLintClean() throws {
    let (lexicon, problems) = try Lexicon.load(
      directory: repositoryRoot.appendingPathComponent("Glossaries/lexicon").path)
    #expect(problems.map(\.description) == [])
    #expect(Set(lexicon.entries.map(\.lemma)).count >= 8000)
  }
}
