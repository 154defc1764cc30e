import Testing

@testable import PadanCore

/// Bad input in every format is reported at FILE:LINE:COLUMN and the rest still loads.
@Suite struct ExchangeDiagnosticsTests {
  @Test func csvProblemsHaveLocationsAndGoodRowsLoad() {
    let (glossary, problems) = read(
      "a,b\nc\"d,e\n\"f\"g,h\n,x\nonly\nok,fine\n\"never closed,z\n", .deepl, path: "d.csv")
    #expect(glossary.entries.map(\.source) == ["a", "ok"])
    #expect(
      problems == [
        "d.csv:2:2: error: a quote inside an unquoted field (quote the whole field)",
        "d.csv:3:4: error: expected ',' or the end of the line after a closing quote",
        "d.csv:4:1: error: empty source",
        "d.csv:5:5: error: expected at least 2 comma-separated fields, found 1",
        "d.csv:7:1: error: quoted field is never closed",
      ])
  }

  @Test func aHeaderWithoutTheLanguagesIsAnError() {
    let (glossary, problems) = read("source,target,description\na,b,c\n", .google, path: "g.csv")
    #expect(glossary.entries.isEmpty)
    #expect(
      problems == [
        "g.csv:1:1: error: expected a header row of language codes with 'id' and 'en', found 'source,target,description'"
      ])
  }

  @Test func invalidUTF8IsReportedAtItsByte() {
    for format in GlossaryExchangeFormat.allCases {
      let bytes = Array("a,b\nc".utf8) + [0xFF] + Array(",d\n".utf8)
      let (_, problems) = format.read(bytes, path: "u")
      #expect(problems.map(\.description) == ["u:2:2: error: invalid UTF-8 byte 0xFF"])
    }
  }

  @Test func omegatLinesNeedTwoFields() {
    let (_, problems) = read("Rusia\tRussia\nsendiri\n\tkosong\n", .omegat, path: "o.txt")
    #expect(
      problems == [
        "o.txt:2:8: error: expected 2 or 3 tab-separated fields, found 1",
        "o.txt:3:1: error: empty source",
      ])
  }

  @Test func malformedXMLIsReportedWhereTheParserStopped() {
    let (_, problems) = read(
      "<martif>\n  <text><body>\n    <termEntry></body></text></martif>\n", .tbx, path: "bad.tbx")
    #expect(problems.count == 1)
    #expect(problems.first?.hasPrefix("bad.tbx:3:") == true)
    #expect(problems.first?.contains("error: malformed XML (") == true)
    let (_, ampersand) = read("<martif>AT&T</martif>", .tbx, path: "amp.tbx")
    #expect(ampersand.first?.hasPrefix("amp.tbx:1:") == true)
    let (_, extra) = read("<martif></martif>\n<martif/>\n", .tbx, path: "two.tbx")
    #expect(extra == ["two.tbx:2:1: error: malformed XML (extra content after the root element)"])
  }

  @Test func tbxEntriesWithoutBothLanguagesAreErrors() {
    let (glossary, problems) = read(
      """
      <martif type="TBX-Basic" xml:lang="en"><text><body>
      <termEntry id="a"><langSet xml:lang="en"><tig><term>x</term></tig></langSet></termEntry>
      <termEntry id="b"><langSet xml:lang="id"><tig><term>y</term></tig></langSet></termEntry>
      <termEntry id="c"><admin type="padan-type">country</admin>
      <langSet xml:lang="id"><tig><term>y</term></tig></langSet></termEntry>
      </body></text></martif>
      """, .tbx, path: "t.tbx")
    #expect(glossary.entries.isEmpty)
    #expect(problems.count == 3)
    #expect(
      problems[0].hasPrefix("t.tbx:2:") && problems[0].hasSuffix("no langSet xml:lang=\"id\""))
    #expect(
      problems[1].hasPrefix("t.tbx:3:") && problems[1].hasSuffix("no langSet xml:lang=\"en\""))
    #expect(problems[2].hasPrefix("t.tbx:4:") && problems[2].hasSuffix("unknown type 'country'"))
  }

  @Test func theWrongRootIsAnError() {
    let (_, problems) = read("<TBX dialect=\"TBX-Min\"/>", .tbx, path: "r")
    #expect(problems.first?.hasSuffix("expected a <martif> root, found <TBX>") == true)
    let (_, minProblems) = read("<termbase/>", .tbxMin, path: "r")
    #expect(
      minProblems.first?.hasSuffix("expected a <martif> or <TBX> root, found <termbase>") == true)
  }

  @Test func thePadanFileCannotHoldEverything() {
    let glossary = Glossary(entries: [
      GlossaryEntry(
        id: 0, source: "#tagar", target: "hashtag", kind: .term,
        origin: SourceLocation(path: "i", line: 1, column: 1)),
      GlossaryEntry(
        id: 1, source: "a\tb", target: "c", kind: .term, variants: ["x|y", "z"],
        origin: SourceLocation(path: "i", line: 2, column: 1)),
    ])
    let (bytes, problems) = GlossaryTSVWriter().write(glossary)
    #expect(
      String(decoding: bytes, as: UTF8.self)
        == "source\ttarget\ttype\tcase\tvariants\tnote\na b\tc\tterm\t\tz\t\n")
    #expect(
      problems.map(\.description) == [
        "i:1:1: error: source '#tagar' starts with '#', which a glossary file reads as a comment; left out",
        "i:2:1: warning: variant 'x|y' contains '|'; left out",
        "i:2:1: warning: source had tabs or line breaks, now spaces",
      ])
  }
}
