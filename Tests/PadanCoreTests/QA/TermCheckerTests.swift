import Testing

@testable import PadanCore

@Suite struct TermCheckerTests {
  /// Whether the numbers of an Indonesian text and an English one match.
  func same(_ indonesian: String, _ english: String) -> Bool {
    let a = TermChecker.numbers(in: indonesian)
    let b = TermChecker.numbers(in: english, english: true)
    return TermChecker.difference(a, b).isEmpty && TermChecker.difference(b, a).isEmpty
  }

  @Test func numbersReadTheSameInBothLanguages() {
    #expect(
      TermChecker.numbers(in: "naik 2,5 persen menjadi Rp1.500.000") == [["1500000"], ["25"]])
    #expect(same("naik 2,5 persen menjadi Rp1.500.000", "rose 2.5 percent to Rp1,500,000"))
    #expect(same("pukul 21.24 WIB", "at 9:24 p.m. WIB"))
    #expect(same("pukul 10:42 WIB", "at 10:42 a.m. WIB"))
    #expect(same("menjadi 1,05 juta", "to 1.05 million"))
    #expect(same("dengan 3.26 juta pemirsa", "with 3.26 million viewers"))
    #expect(!same("menjadi 1,05 juta", "at 1:05"))
    #expect(same("Rabu (12/1).", "Wednesday (Jan. 12)."))
    #expect(TermChecker.numbers(in: "pada 2022.") == [["2022"]])
    #expect(!same("120 orang", "210 people"))
    #expect(TermChecker.difference([["120"]], [["210"]]) == ["120"])
    #expect(
      TermChecker.sameNumbersAsWritten("Rabu (12/1) pukul 10:42, 1.500", "1.500 at 10:42 (12/1)"))
    #expect(!TermChecker.sameNumbersAsWritten("120 orang", "210 people"))
    #expect(!TermChecker.sameNumbersAsWritten("pukul 21.24", "at 9:24 p.m."))
    #expect(same("pukul 19.00 WIB", "at 7 p.m. WIB"))
    #expect(same("sejak pukul 04.00 hingga 10.00", "since 4 a.m. to 10.00"))
    #expect(!same("pukul 19.00", "7 people"))
    #expect(!same("pukul 19.30", "at 7 p.m."))
  }

  @Test func namesMayKeepTheirIndonesian() {
    #expect(!TermChecker.hasTranslatableWord("Aulia Damayanti - detikFinance"))
    #expect(!TermChecker.hasTranslatableWord("Joko Widodo - AFP"))
    #expect(TermChecker.hasTranslatableWord("Pemerintah belum memutuskan."))
  }

  @Test func termFormsTheGlossaryAllows() {
    func occurs(_ form: String, _ text: String) -> Bool {
      TermChecker.occurs(Array(form.utf8), in: Array(text.utf8))
    }
    #expect(occurs("Defense Minister", "two Defense Ministers met"))
    #expect(occurs("Russia", "Russia's army"))
    #expect(occurs("Russia", "Russia’s army"))
    #expect(occurs("church", "the churches"))
    #expect(occurs("Jakarta", "“Jakarta” is"))
    #expect(!occurs("Russia", "Russian troops"))
    #expect(!occurs("Iran", "Irani"))
    #expect(!occurs("war", "toward"))
    var morphology = EnglishMorphology()
    morphology.addPlace("Russia", adjective: "Russian", people: "Russians")
    let forms = TermChecker.acceptedForms(of: "Russia", morphology: morphology).map {
      String(decoding: $0, as: UTF8.self)
    }
    #expect(forms.contains("Russian") && forms.contains("Russians") && forms.contains("RUSSIA"))
    let title = TermChecker.acceptedForms(of: "foreign minister", morphology: morphology).map {
      String(decoding: $0, as: UTF8.self)
    }
    #expect(
      title == ["foreign minister", "Foreign minister", "Foreign Minister", "FOREIGN MINISTER"])
  }
}

@Suite struct ForbiddenEnglishTests {
  let glossary = Glossary.parse(files: [
    (
      "G/o.tsv",
      Array(
        ("source\ttarget\ttype\tcase\tvariants\tnote\tforbidden\n"
          + "Dewan NATO-Rusia\tNATO-Russia Council\torg\t\t\t\tNATO-Russia Board\n").utf8)
    )
  ]).0

  func tmx(_ units: [(String, String)]) -> [UInt8] {
    var out =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<tmx version=\"1.4\"><header creationtool=\"t\" "
      + "creationtoolversion=\"1\" segtype=\"sentence\" o-tmf=\"t\" adminlang=\"en\" srclang=\"id\" "
      + "datatype=\"plaintext\"/><body>\n"
    for (i, (source, target)) in units.enumerated() {
      out +=
        "<tu tuid=\"\(i + 1)\"><tuv xml:lang=\"id\"><seg>\(source)</seg></tuv>"
        + "<tuv xml:lang=\"en\"><seg>\(target)</seg></tuv></tu>\n"
    }
    return Array((out + "</body></tmx>\n").utf8)
  }

  func findings() throws -> [QAFinding] {
    let file = try BilingualXMLReader.read(
      tmx([
        ("Dewan NATO-Rusia bertemu.", "The NATO-Russia Council (the NATO-Russia Board) met."),
        ("Dewan NATO-Rusia bertemu lagi.", "The NATO-RUSSIA BOARD met again."),
        ("Mereka bertemu di sana.", "They met at the NATO-Russia Board."),
        ("Ketua Dewan NATO-Rusia tiba.", "The NATO-Russia Board's chair arrived."),
        ("Dewan NATO-Rusia tidak bertemu.", "The NATO-Russia Council did not meet."),
      ]), label: "x.tmx")
    return TermChecker(glossary: glossary).check([file], jobs: 2)
  }

  @Test func forbiddenEnglishIsReportedEvenBesideTheTarget() throws {
    #expect(
      try findings().map { "\($0.unit) \($0.kind.rawValue) \($0.entry ?? "-")" } == [
        "1 forbidden G/o.tsv:2", "2 forbidden G/o.tsv:2", "2 term G/o.tsv:2",
        "4 forbidden G/o.tsv:2", "4 term G/o.tsv:2",
      ])
  }

  @Test func everyReportFormatNamesTheKindAndTheEntry() throws {
    let found = Array(try findings().prefix(1))
    #expect(
      QAReport.text(found)
        == "x.tmx:1: forbidden: 'Dewan NATO-Rusia' is translated 'NATO-Russia Board', which the glossary forbids; use 'NATO-Russia Council' [G/o.tsv:2]\n"
    )
    let json = QAReport.json(found, files: 1, segments: 5)
    #expect(
      json.hasPrefix(
        "{\"files\":1,\"segments\":5,\"counts\":{\"term\":0,\"forbidden\":1,\"inconsistent\":0,\"number\":0,\"untranslated\":0},"
      ))
    #expect(json.contains("\"kind\":\"forbidden\""))
    #expect(json.contains("\"entry\":\"G/o.tsv:2\""))
    let html = QAReport.html(found, files: 1, segments: 5)
    #expect(html.contains("<span class=\"kind forbidden\">forbidden</span>"))
    #expect(html.contains("<span class=\"entry\">G/o.tsv:2</span>"))
    #expect(html.contains("<tr><td>1</td><td class=\"kind forbidden\">forbidden</td>"))
    #expect(html.contains("<td lang=\"id\"><mark>Dewan NATO-Rusia</mark> bertemu.</td>"))
    #expect(
      html.contains("<td>The NATO-Russia Council (the <mark>NATO-Russia Board</mark>) met.</td>"))
  }
}
