import Testing

@testable import PadanCore

@Suite struct GlossaryMatcherTests {
  static let glossary: Glossary = {
    let header = "source\ttarget\ttype\tcase\tvariants\tnote\n"
    let rows = [
      "pasukan\ttroops\tterm", "negara anggota\tmember state\tterm",
      "Dewan NATO-Rusia\tNATO-Russia Council\torg",
      "NATO\tNATO\tkeep", "AS\tUS\tplace", "Rusia\tRussia\tplace",
      "Amerika Serikat\tUnited States\tplace",
      "Sekretaris Jenderal\tSecretary General\ttitle\t\tSekjen",
      "Jens Stoltenberg\tJens Stoltenberg\tperson",
      "latihan militer\tmilitary exercise\tterm", "Menteri Pertahanan\tDefense Minister\ttitle",
    ]
    let (g, problems) = Glossary.parse(files: [
      ("t.tsv", Array((header + rows.joined(separator: "\n") + "\n").utf8))
    ])
    precondition(problems.isEmpty, "\(problems)")
    return g
  }()

  func found(_ text: String) -> [String] {
    let bytes = Array(text.utf8)
    return GlossaryMatcher(glossary: Self.glossary).matches(in: text).map { m in
      "\(String(decoding: bytes[m.range.range], as: UTF8.self))=\(Self.glossary.entries[m.entry].target) (\(m.formDescription))"
    }
  }

  @Test func cliticsOnTheLastWord() {
    #expect(
      found("Rusia menarik pasukannya.") == [
        "Rusia=Russia (exact)", "pasukannya=troops (clitic -nya)",
      ])
    #expect(found("Pasukanpun mundur.") == ["Pasukanpun=troops (clitic -pun)"])
  }

  @Test func reduplicatedPlurals() {
    #expect(
      found("negara-negara anggota NATO") == [
        "negara-negara anggota=member state (reduplicated plural)", "NATO=NATO (exact)",
      ])
    #expect(
      found("Menteri-menteri pertahanan NATO") == [
        "Menteri-menteri pertahanan=Defense Minister (reduplicated plural)", "NATO=NATO (exact)",
      ])
  }

  @Test func hyphenatedCompoundsAndTheirParts() {
    #expect(found("pertemuan Dewan NATO-Rusia") == ["Dewan NATO-Rusia=NATO-Russia Council (exact)"])
    #expect(found("proposal AS-NATO") == ["AS=US (exact)", "NATO=NATO (exact)"])
  }

  @Test func casePolicy() {
    // Acronyms match only in capitals: "as" is not the United States.
    #expect(found("dihitung as biasa") == [])
    // Names: their own case, or a headline.
    #expect(
      found("AMERIKA SERIKAT dan Amerika Serikat") == [
        "AMERIKA SERIKAT=United States (headline case)", "Amerika Serikat=United States (exact)",
      ])
    #expect(found("amerika serikat") == [])
    // Titles and terms: any case, and variants give the same target.
    #expect(
      found("SEKJEN dan sekretaris jenderal") == [
        "SEKJEN=Secretary General (exact)", "sekretaris jenderal=Secretary General (exact)",
      ])
    #expect(found("Latihan Militer") == ["Latihan Militer=military exercise (exact)"])
  }

  @Test func longestMatchWinsAndFallsBackWhenTheCaseIsWrong() {
    #expect(found("Jens Stoltenberg") == ["Jens Stoltenberg=Jens Stoltenberg (exact)"])
    #expect(found("jens stoltenberg") == [])
  }
}
