import Testing

@testable import PadanCore

/// One test per Indonesian rule, on sentences written for these tests.
@Suite struct IndonesianRulesTests {
  @Test(arguments: [
    "Dr. Sutopo Purwo Nugroho menjelaskan hal itu kepada wartawan.",
    "Prof. Dr. Ir. H. Joko Santoso hadir dalam acara tersebut.",
    "Bpk. Hendra dan Ny. Siti menerima bantuan dari Sdr. Anton.",
    "Undangan disampaikan oleh KH. Ahmad Fauzi dan Hj. Aminah.",
    "Tn. Lim dan Nn. Wulan sudah tiba, begitu pula dr. Rina.",
  ])
  func noBreakAfterTitlesAndHonorifics(text: String) throws {
    #expect(try sentences(text) == [text])
  }

  @Test(arguments: [
    "Kantornya berada di Jl. Merdeka No. 5, Kec. Gambir, Jakarta Pusat.",
    "Warga Kab. Bogor menerima bantuan senilai Rp. 500.000 per keluarga.",
  ])
  func noBreakAfterAddressAndNumberAbbreviations(text: String) throws {
    #expect(try sentences(text) == [text])
  }

  @Test(arguments: [
    "B.J. Habibie lahir di Parepare pada 1936.",
    "Menurut A. Rahman, harga beras akan turun.",
    "Jawaban itu disampaikan Direktur PT Sinar Abadi Pte. Ltd. di Singapura.",
  ])
  func noBreakAfterInitialsOrCompanyFormsBeforeAName(text: String) throws {
    #expect(try sentences(text) == [text])
  }

  @Test func listEndersBreakOnlyBeforeANewSentence() throws {
    #expect(
      try sentences("Mereka membawa beras, gula, minyak, dll. Semua dibagikan gratis.")
        == ["Mereka membawa beras, gula, minyak, dll.", "Semua dibagikan gratis."])
    #expect(
      try sentences("Bantuan berupa beras, gula, dll. yang dibagikan kepada warga.")
        == ["Bantuan berupa beras, gula, dll. yang dibagikan kepada warga."])
  }

  @Test func companySuffixesBreakOnlyBeforeASentenceStarter() throws {
    #expect(
      try sentences("Saham PT Astra International Tbk. (ASII) naik 2 persen.")
        == ["Saham PT Astra International Tbk. (ASII) naik 2 persen."])
    #expect(
      try sentences("Laporan itu dirilis PT Bank Maju Tbk. Perusahaan mencatat laba naik.")
        == ["Laporan itu dirilis PT Bank Maju Tbk.", "Perusahaan mencatat laba naik."])
  }

  @Test(arguments: [
    "“Kapan kita berangkat?” tanya Andi kepada ibunya.",
    "“Awas, ada banjir!” teriak seorang warga.",
    "\"Apakah itu benar?\" ujar hakim ketua.",
  ])
  func questionOrExclamationBeforeAReportingVerbDoesNotEnd(text: String) throws {
    #expect(try sentences(text) == [text])
  }

  @Test func questionBeforeACapitalDoesEnd() throws {
    #expect(try sentences("“Siap?” Dia mengangguk pelan.") == ["“Siap?”", "Dia mengangguk pelan."])
  }

  @Test func aSentenceStartingWithADigitAfterAFullStopIsNew() throws {
    #expect(
      try sentences("Korban tewas akibat banjir bertambah. 12 orang masih hilang.")
        == ["Korban tewas akibat banjir bertambah.", "12 orang masih hilang."])
  }

  @Test func quotesStayWithTheirSentence() throws {
    #expect(
      try sentences("“Kami siap,” kata Budi. “Kami menunggu perintah.” Semua diam.")
        == ["“Kami siap,” kata Budi.", "“Kami menunggu perintah.”", "Semua diam."])
  }

  @Test func aMultiSentenceQuotationIsSplit() throws {
    #expect(
      try sentences("“Situasinya sudah aman. Warga boleh kembali ke rumah,” ujar Kapolres.")
        == ["“Situasinya sudah aman.", "Warga boleh kembali ke rumah,” ujar Kapolres."])
  }

  @Test func lineBreaksAreHardBoundaries() throws {
    let text = "Banjir Rendam Tiga Desa di Kabupaten Bandung\nHujan deras mengguyur sejak pagi."
    #expect(
      try segments(text).map(\.0) == [.title, .body])
    #expect(
      try sentences(text) == [
        "Banjir Rendam Tiga Desa di Kabupaten Bandung", "Hujan deras mengguyur sejak pagi.",
      ])
  }

  @Test func aFullStopAfterAWordBreaksBeforeALowerCaseWord() throws {
    #expect(
      try sentences("Rapat ditutup pukul sepuluh. kemudian peserta pulang.")
        == ["Rapat ditutup pukul sepuluh.", "kemudian peserta pulang."])
  }

  @Test func aRomanNumeralIsNotAnInitial() throws {
    #expect(
      try sentences("Ekonomi tumbuh pada kuartal I. Dengan demikian target tercapai.")
        == ["Ekonomi tumbuh pada kuartal I.", "Dengan demikian target tercapai."])
  }

  @Test func aFinalCreditStaysWithItsSentence() throws {
    #expect(
      try sentences("Presiden berbicara di Istana Merdeka, Jakarta, Senin (12/1). (Foto: Antara)")
        .count == 1)
  }

  @Test func aListedHonorificAfterAReportingVerbDoesNotEnd() throws {
    let text = "“Apa ada gunanya?” tanya H. Sukardi, salah satu pedagang."
    #expect(try sentences(text) == [text])
  }

  @Test func aLoneInitialAfterANameDoesNotEnd() throws {
    let text = "Ekonom Prof. Lestari M. Siregar menyebut harga minyak naik."
    #expect(try sentences(text) == [text])
  }

  @Test func noBreakAfterAnOpeningBracket() throws {
    let text = "Rumah warga rusak akibat gempa, Selasa (3/10/2023).(KOMPAS.COM/NANDA)"
    #expect(try sentences(text).count == 1)
  }

  @Test func usersExtendTheAbbreviationsWithoutRecompiling() throws {
    let text = "Surat itu ditandatangani Gub. Sumatera Barat kemarin."
    #expect(try sentences(text).count == 2)
    var rules = shippedRules
    let problems = rules.addAbbreviations(
      Array("abbreviation\tclass\tgroup\tnote\nGub.\tprefix\ttitle\tGubernur\n".utf8),
      path: "extra.tsv")
    #expect(problems.isEmpty)
    #expect(try sentences(text, rules: rules) == [text])
  }

  @Test func malformedRuleRowsAreReportedWithTheirLocation() {
    var rules = SegmentationRules()
    let problems = rules.addAbbreviations(
      Array(
        "abbreviation\tclass\tgroup\tnote\nDr.\tprefix\thonorific\t\nX.\tsometimes\tgroup\t\nY.\n"
          .utf8),
      path: "abbr.tsv")
    #expect(
      problems.map(\.description) == [
        "abbr.tsv:3:4: error: unknown class 'sometimes' (expected prefix, suffix or ambiguous)",
        "abbr.tsv:4:3: error: expected 2 to 4 tab-separated fields, found 1",
      ])
    #expect(rules.prefixAbbreviations == ["Dr."])
  }
}
