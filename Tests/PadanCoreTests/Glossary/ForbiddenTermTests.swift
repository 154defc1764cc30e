import Testing

@testable import PadanCore

/// The `forbidden` column: English forms an entry's source must not be translated with.
@Suite struct ForbiddenTermTests {
  let header = "source\ttarget\ttype\tcase\tvariants\tnote\tforbidden\n"

  func load(_ text: String, path: String = "g.tsv") -> (Glossary, [String]) {
    let (glossary, problems) = Glossary.parse(files: [(path, Array(text.utf8))])
    return (glossary, problems.map(\.description))
  }

  @Test func theColumnIsReadAndMayBeLeftOff() {
    let (glossary, problems) = load(
      header
        + "Dewan NATO-Rusia\tNATO-Russia Council\torg\t\t\t\tNATO-Russia Board| NATO Russia Board\n"
        + "Rusia\tRussia\tplace\n")
    #expect(problems.isEmpty)
    #expect(glossary.entries[0].forbidden == ["NATO-Russia Board", "NATO Russia Board"])
    #expect(glossary.entries[1].forbidden.isEmpty)
    // Files with the six columns every glossary had load as before.
    let (old, oldProblems) = load(
      "source\ttarget\ttype\tcase\tvariants\tnote\nRusia\tRussia\tplace\t\t\tnegara\n")
    #expect(oldProblems.isEmpty)
    #expect(old.entries.first?.note == "negara")
    #expect(old.entries.first?.forbidden == [])
  }

  @Test func lintChecksTheForbiddenForms() {
    let rows = [
      // 2: an empty form and a repeated one
      "Dewan NATO-Rusia\tNATO-Russia Council\torg\t\t\t\tNATO-Russia Board||NATO-Russia Board",
      "Belanda\tNetherlands\tplace\t\t\t\tNETHERLANDS",  // 3: the target in capitals
      "Dewan Keamanan\tSecurity Council\torg\t\t\t\tcouncil",  // 4: a word of the target
      "Uni Eropa\tEuropean Union\torg\t\t\t\t--",  // 5: no word
      "Eswatini\tEswatini\tplace\t\tSwaziland\t\tSwazi",  // 6: fine (not a word of the target)
    ]
    let (glossary, problems) = load(header + rows.joined(separator: "\n") + "\n")
    #expect(
      problems == [
        "g.tsv:2:45: warning: forbidden 'NATO-Russia Board' is given twice",
        "g.tsv:2:45: warning: empty forbidden form between '|' separators",
        "g.tsv:3:30: error: forbidden 'NETHERLANDS' is part of the target 'Netherlands', so every translation that uses the target would be reported",
        "g.tsv:4:40: error: forbidden 'council' is part of the target 'Security Council', so every translation that uses the target would be reported",
        "g.tsv:5:33: error: forbidden '--' has no letter or digit, so it can never be found",
      ])
    #expect(glossary.entries.map(\.source) == ["Dewan NATO-Rusia", "Eswatini"])
    #expect(glossary.entries[1].forbidden == ["Swazi"])
  }

  @Test func aSixColumnFileHasNoPlaceForForbiddenForms() {
    let (glossary, problems) = load(
      "source\ttarget\ttype\tcase\tvariants\tnote\nBelanda\tNetherlands\tplace\t\t\t\tHolland\n")
    #expect(glossary.entries.isEmpty)
    #expect(problems == ["g.tsv:2:37: error: expected 3 to 6 tab-separated fields, found 7"])
  }

  @Test func fmtKeepsTheHeaderAndWritesTheColumnOnlyWhereItIsUsed() throws {
    let formatter = try GlossaryFormatter()
    let text =
      header
      + "Rusia\tRussia\tplace\t\t\t\t\n"
      + "Belanda\tNetherlands\tplace\t\t\t\tHolland | Dutchland|Holland\n"
    let (bytes, errors) = formatter.format(Array(text.utf8), path: "g.tsv")
    #expect(errors.isEmpty)
    #expect(
      bytes.map { String(decoding: $0, as: UTF8.self) }
        == header
        + "Belanda\tNetherlands\tplace\t\t\t\tDutchland|Holland\n"
        + "Rusia\tRussia\tplace\t\t\t\n")
    // A six-column file stays a six-column file.
    let old = "source\ttarget\ttype\tcase\tvariants\tnote\nRusia\tRussia\tplace\t\t\t\n"
    #expect(formatter.format(Array(old.utf8), path: "g.tsv").bytes == Array(old.utf8))
  }

  /// `exchangeSampleTSV` with forbidden English on two entries.
  func sampleWithForbiddenForms() -> Glossary {
    var glossary = exchangeSample()
    glossary.entries[1].forbidden = ["League of Nations"]
    glossary.entries[2].forbidden = ["Moskva", "Moscou"]
    return glossary
  }

  @Test func tbxMarksThemDeprecatedAndReadsThemBack() {
    let glossary = sampleWithForbiddenForms()
    for format in [GlossaryExchangeFormat.tbx, .tbxMin] {
      let bytes = format.write(glossary)
      // The lines without their indentation.
      let flat = String(decoding: bytes, as: UTF8.self).split(separator: "\n")
        .map { $0.drop { $0 == " " } }.joined()
      #expect(
        flat.contains(
          "<tig><term>League of Nations</term>"
            + "<termNote type=\"administrativeStatus\">deprecatedTerm-admn-sts</termNote></tig>"),
        "\(format)")
      let (back, problems) = format.read(bytes, path: "out.tbx")
      #expect(problems.isEmpty)
      #expect(back.entries.map(\.forbidden) == glossary.entries.map(\.forbidden), "\(format)")
      #expect(back.entries.map(\.target) == glossary.entries.map(\.target), "\(format)")
    }
  }

  @Test func otherToolsDeprecatedTermsAreForbiddenWhereverTheyStand() {
    let text = """
      <martif type="TBX-Basic" xml:lang="en"><text><body><termEntry id="c1">
      <langSet xml:lang="id"><tig><term>Belanda</term></tig></langSet>
      <langSet xml:lang="en">
      <tig><term>Holland</term><termNote type="administrativeStatus">supersededTerm-admn-sts</termNote></tig>
      <tig><term>Netherlands</term><termNote type="administrativeStatus">preferredTerm-admn-sts</termNote></tig>
      </langSet></termEntry></body></text></martif>
      """
    let (glossary, problems) = GlossaryExchangeFormat.tbx.read(Array(text.utf8), path: "x.tbx")
    #expect(problems.isEmpty)
    #expect(glossary.entries.first?.target == "Netherlands")
    #expect(glossary.entries.first?.forbidden == ["Holland"])
    let minimal = """
      <TBX dialect="TBX-Min"><header><id>x</id><languages source="id" target="en"/></header>
      <body><conceptEntry id="c1">
      <langSec xml:lang="id"><termSec><term>Belanda</term></termSec></langSec>
      <langSec xml:lang="en"><termSec><term>Holland</term><termStatus>notRecommended</termStatus></termSec>
      <termSec><term>Netherlands</term><termStatus>preferred</termStatus></termSec></langSec>
      </conceptEntry></body></TBX>
      """
    let (min, minProblems) = GlossaryExchangeFormat.tbxMin.read(
      Array(minimal.utf8), path: "x.tbx")
    #expect(minProblems.isEmpty)
    #expect(min.entries.first?.target == "Netherlands")
    #expect(min.entries.first?.forbidden == ["Holland"])
  }

  @Test func aPadanFileKeepsThemThroughImport() {
    let (tsv, problems) = GlossaryTSVWriter().write(sampleWithForbiddenForms())
    #expect(problems.isEmpty)
    let text = String(decoding: tsv, as: UTF8.self)
    #expect(text.hasPrefix(header))
    #expect(text.contains("\tUnited Nations\torg\t\tPBB\t<PBB> & 'UN'\tLeague of Nations\n"))
    #expect(text.contains("Senin\tMonday\tdate\t\t\t\n"))
    let (back, backProblems) = Glossary.parse(files: [("back.tsv", tsv)])
    #expect(backProblems.isEmpty)
    #expect(back.entries.map(\.forbidden) == sampleWithForbiddenForms().entries.map(\.forbidden))
    // Without forbidden English, the file has the six columns it always had.
    let (plain, _) = GlossaryTSVWriter().write(exchangeSample())
    #expect(String(decoding: plain, as: UTF8.self) == exchangeSampleTSV)
  }
}
