import Testing

@testable import PadanCore

@Suite struct GlossaryLoaderTests {
  func load(_ files: [(String, String)]) -> (Glossary, [String]) {
    let (glossary, problems) = Glossary.parse(files: files.map { ($0.0, Array($0.1.utf8)) })
    return (glossary, problems.map(\.description))
  }

  let header = "source\ttarget\ttype\tcase\tvariants\tnote\n"

  @Test func loadsEntriesWithOriginsAndDefaults() {
    let (glossary, problems) = load([
      (
        "G/a.tsv",
        header
          + "# Organisasi\nSekretaris Jenderal\tSecretary General\ttitle\t\tSekjen|Sekjend\t\nNATO\tNATO\tkeep\n"
      ),
      ("G/b.tsv", header + "Moskow\tMoscow\tplace\tinsensitive\t\tibu kota Rusia\n"),
    ])
    #expect(problems.isEmpty)
    #expect(glossary.entries.count == 3)
    let sekjen = glossary.entries[0]
    #expect(sekjen.variants == ["Sekjen", "Sekjend"])
    #expect(sekjen.casePolicy == .insensitive)
    #expect(sekjen.origin.description == "G/a.tsv:3:1")
    #expect(glossary.entries[1].casePolicy == .sensitive)
    #expect(glossary.entries[2].casePolicy == .insensitive)
    #expect(glossary.entries[2].note == "ibu kota Rusia")
  }

  @Test func reportsEveryProblemWithItsLocation() {
    let rows = [
      "Rusia\tRussia\tplace",  // 2: fine
      "Brussel\tBrussels",  // 3: too few fields
      "\tempty source\tterm",  // 4
      "kosong\t\tterm",  // 5
      "Belgia\tBelgium\tcountry",  // 6: unknown type
      "Jerman\tGermany\tplace\tmaybe",  // 7: unknown case
      "Rusia\tRussian Federation\tplace",  // 8: conflict with line 2
      "Rusia\tRussia\tplace",  // 9: duplicate of line 2
      " Ukraina\tUkraine\tplace",  // 10: leading space
      "Cafe\u{301}\tCafé\tterm",  // 11: not NFC
      "nato\tNATO\tterm",  // 12: shadowed? no: NATO below is sensitive, nato insensitive
      "NATO\tNATO\tkeep",  // 13: shadowed by line 12 (insensitive, same text)
      "(PBB)\tUN\torg",  // 14: cannot match a word boundary
      "Paris\tParis\tkeep\t\tParis||\t",  // 15: empty variant; variant repeats source
    ]
    let (_, problems) = load([("g.tsv", header + rows.joined(separator: "\n") + "\n")])
    #expect(
      problems == [
        "g.tsv:3:17: error: expected 3 to 6 tab-separated fields, found 2",
        "g.tsv:4:1: error: empty source",
        "g.tsv:5:8: error: empty target",
        "g.tsv:6:16: error: unknown type 'country' (expected one of: person, org, place, title, term, date, media, keep)",
        "g.tsv:7:22: error: unknown case policy 'maybe' (expected sensitive, insensitive or name)",
        "g.tsv:8:1: error: 'Rusia' → 'Russian Federation' conflicts with g.tsv:2 'Rusia' → 'Russia'",
        "g.tsv:9:1: warning: 'Rusia' is already defined at g.tsv:2",
        "g.tsv:10:1: warning: source has leading or trailing spaces",
        "g.tsv:11:1: error: source is not in Unicode NFC",
        "g.tsv:13:1: warning: 'NATO' is shadowed by g.tsv:12 'nato' (insensitive), which matches the same text",
        "g.tsv:14:1: warning: '(PBB)' starts with '(', so it can never match a word boundary",
        "g.tsv:15:19: warning: empty variant between '|' separators",
        "g.tsv:15:19: warning: variant 'Paris' repeats the source",
      ])
  }

  @Test func aHeaderMayNameOnlyTheRequiredColumns() {
    let (glossary, problems) = load([
      ("g.tsv", "source\ttarget\ttype\nRusia\tRussia\tplace\nX\tY\tterm\tsensitive\n")
    ])
    #expect(glossary.entries.map(\.source) == ["Rusia"])
    #expect(problems == ["g.tsv:3:19: error: expected 3 tab-separated fields, found 4"])
  }

  @Test func crlfLineEndsAreAccepted() {
    let (glossary, problems) = load([
      ("g.tsv", "source\ttarget\ttype\r\nRusia\tRussia\tplace\r\nBelgia\tBelgium\tplace\r\n")
    ])
    #expect(problems == [])
    #expect(glossary.entries.map(\.target) == ["Russia", "Belgium"])
    #expect(glossary.entries[1].origin.description == "g.tsv:3:1")
  }

  @Test func aWrongHeaderStopsTheFile() {
    let (glossary, problems) = load([("g.tsv", "source\ttarget\n" + "A\tB\n")])
    #expect(glossary.entries.isEmpty)
    #expect(problems.first?.hasPrefix("g.tsv:1:1: error: expected header") == true)
  }
}

@Suite struct ControlCharacterLintTests {
  @Test(arguments: ["\u{1B}[2J", "bell\u{07}", "del\u{7F}", "c1\u{9B}"])
  func controlCharactersInAGlossaryAreErrors(target: String) {
    let tsv = "source\ttarget\ttype\nkota\t\(target)\tterm\nNATO\tNATO\tkeep\n"
    let (glossary, problems) = Glossary.parse(files: [("g.tsv", Array(tsv.utf8))])
    #expect(glossary.entries.map(\.source) == ["NATO"])
    #expect(
      problems.count == 1
        && problems[0].description.hasPrefix(
          "g.tsv:2:6: error: target contains the control character U+")
    )
  }

  @Test func controlCharactersInTheLexiconAreErrors() {
    let tsv = "lemma\tpos\tenglish\tcues\tnote\nkota\tnoun\tcity\u{07}\t\t\n"
    let (lexicon, problems) = Lexicon.parse(files: [("l.tsv", Array(tsv.utf8))])
    #expect(lexicon.entries.isEmpty)
    #expect(
      problems.map(\.description).contains(
        "l.tsv:2:11: error: english contains the control character U+0007"))
  }
}
