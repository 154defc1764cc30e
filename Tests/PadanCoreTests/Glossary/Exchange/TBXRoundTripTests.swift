import Testing

@testable import PadanCore

@Suite struct TBXRoundTripTests {
  @Test func exportThenImportGivesBackEveryField() {
    let glossary = exchangeSample()
    let bytes = GlossaryExchangeFormat.tbx.write(glossary)
    let (back, problems) = GlossaryExchangeFormat.tbx.read(bytes, path: "out.tbx")
    #expect(problems.isEmpty)
    #expect(fields(back) == fields(glossary))
    #expect(back.entries.allSatisfy { $0.origin.path == "out.tbx" })
  }

  @Test func importingTheExportWritesTheSameGlossaryFile() {
    let bytes = GlossaryExchangeFormat.tbx.write(exchangeSample())
    let (back, _) = GlossaryExchangeFormat.tbx.read(bytes, path: "out.tbx")
    let (tsv, problems) = GlossaryTSVWriter().write(back)
    #expect(problems.isEmpty)
    #expect(String(decoding: tsv, as: UTF8.self) == exchangeSampleTSV)
  }

  @Test func theTypeDoesNotComeFromDefaultKindWhenTheFileSaysIt() {
    let bytes = GlossaryExchangeFormat.tbx.write(exchangeSample())
    let (back, _) = GlossaryExchangeFormat.tbx.read(bytes, path: "x", defaultKind: .media)
    #expect(back.entries.map(\.kind) == exchangeSample().entries.map(\.kind))
  }

  @Test func writesEscapedDeterministicMartif() {
    let (glossary, _) = Glossary.parse(files: [
      (
        "g.tsv",
        Array(
          "source\ttarget\ttype\tcase\tvariants\tnote\nAT&T\tAT&T <x>\torg\tinsensitive\tATT|Amerika Telepon\t\"kutip\" 'a'\n"
            .utf8)
      )
    ])
    let text = String(decoding: GlossaryExchangeFormat.tbx.write(glossary), as: UTF8.self)
    #expect(
      text == """
        <?xml version="1.0" encoding="UTF-8"?>
        <martif type="TBX-Basic" xml:lang="en">
          <martifHeader>
            <fileDesc>
              <sourceDesc>
                <p>Padan glossary export, Indonesian (id) to English (en), 1 entry</p>
              </sourceDesc>
            </fileDesc>
            <encodingDesc>
              <p type="XCSURI">TBXBasicXCSV02.xcs</p>
            </encodingDesc>
          </martifHeader>
          <text>
            <body>
              <termEntry id="e0">
                <admin type="padan-type">org</admin>
                <admin type="padan-case">insensitive</admin>
                <note>&quot;kutip&quot; &apos;a&apos;</note>
                <langSet xml:lang="id">
                  <tig>
                    <term>AT&amp;T</term>
                    <termNote type="termType">fullForm</termNote>
                  </tig>
                  <tig>
                    <term>ATT</term>
                    <termNote type="termType">abbreviation</termNote>
                  </tig>
                  <tig>
                    <term>Amerika Telepon</term>
                    <termNote type="termType">variant</termNote>
                  </tig>
                </langSet>
                <langSet xml:lang="en">
                  <tig>
                    <term>AT&amp;T &lt;x&gt;</term>
                  </tig>
                </langSet>
              </termEntry>
            </body>
          </text>
        </martif>

        """)
  }

  @Test(arguments: GlossaryExchangeFormat.allCases)
  func everyFormatWritesTheSameBytesTwice(format: GlossaryExchangeFormat) {
    #expect(format.write(exchangeSample()) == format.write(exchangeSample()))
  }

  @Test func readsOtherToolsTBX() {
    let (glossary, problems) = read(
      """
      <?xml version="1.0"?>
      <martif type="TBX-Basic" xml:lang="en-US">
        <martifHeader><fileDesc><sourceDesc><p>x</p></sourceDesc></fileDesc></martifHeader>
        <text><body>
          <termEntry id="c1">
            <descrip type="definition">A military alliance</descrip>
            <langSet xml:lang="en-US"><tig><term>North Atlantic Treaty Organization</term></tig></langSet>
            <langSet xml:lang="id-ID">
              <tig>
                <term>
                  Pakta Pertahanan Atlantik Utara
                </term>
              </tig>
              <ntig><termGrp><term><![CDATA[Pakta <Atlantik>]]></term></termGrp></ntig>
            </langSet>
          </termEntry>
        </body></text>
      </martif>
      """, .tbx, path: "other.tbx")
    #expect(problems.isEmpty)
    #expect(
      fields(glossary) == [
        [
          "0", "Pakta Pertahanan Atlantik Utara", "North Atlantic Treaty Organization", "term",
          "insensitive", "Pakta <Atlantik>", "",
        ]
      ])
    #expect(glossary.entries.first?.origin.line == 5)
  }

  @Test func tbxMinKeepsFormsAndNoteButNotTypeOrCase() {
    let glossary = exchangeSample()
    let bytes = GlossaryExchangeFormat.tbxMin.write(glossary)
    let (back, problems) = GlossaryExchangeFormat.tbxMin.read(bytes, path: "m", defaultKind: .org)
    #expect(problems.isEmpty)
    let kept = { (g: Glossary) in g.entries.map { [$0.source, $0.target, $0.note] + $0.variants } }
    #expect(kept(back) == kept(glossary))
    #expect(back.entries.allSatisfy { $0.kind == .org && $0.casePolicy == .sensitive })
  }
}
