import Testing

@testable import PadanCore

@Suite struct LayoutClassifierTests {
  /// A page in a layout unlike the seed articles, written for this test.
  static let otherOutlet = """
    Home  ›  Ekonomi
    Harga Beras Naik Jelang Lebaran, Pemerintah Siapkan Operasi Pasar
    Penulis: Dewi Lestari | Editor: Budi Santoso
    Senin, 3 Maret 2025 | 14:05 WIB
    Foto: ANTARA/Aditya Pradana
    JAKARTA — Harga beras di sejumlah pasar tradisional naik menjelang Lebaran. Pemerintah menyiapkan operasi pasar.
    Baca juga: Stok Beras Bulog Dinilai Aman
    "Kami akan memantau harga setiap hari," kata Menteri Perdagangan kepada wartawan.
    Simak berita lainnya di Google News
    Bagikan
    (ant/ito)
    """

  @Test func classifiesAnotherOutletsLayout() throws {
    let kinds = try segments(Self.otherOutlet).map { "\($0.0.rawValue): \($0.1)" }
    #expect(
      kinds == [
        "boilerplate: Home › Ekonomi",
        "title: Harga Beras Naik Jelang Lebaran, Pemerintah Siapkan Operasi Pasar",
        "byline: Penulis: Dewi Lestari",
        "byline: Editor: Budi Santoso",
        "dateline: Senin, 3 Maret 2025 | 14:05 WIB",
        "caption: Foto: ANTARA/Aditya Pradana",
        "body: JAKARTA — Harga beras di sejumlah pasar tradisional naik menjelang Lebaran.",
        "body: Pemerintah menyiapkan operasi pasar.",
        "boilerplate: Baca juga: Stok Beras Bulog Dinilai Aman",
        "body: \"Kami akan memantau harga setiap hari,\" kata Menteri Perdagangan kepada wartawan.",
        "boilerplate: Simak berita lainnya di Google News",
        "boilerplate: Bagikan",
        "boilerplate: (ant/ito)",
      ])
  }

  @Test func bylineAndDatelineJoinedByABulletAreTwoSegments() throws {
    let kinds = try segments(
      "Judul Berita Hari Ini\nWilly Haryono • 15 Februari 2022 21:24\nIsi berita.")
    #expect(kinds.map(\.0) == [.title, .byline, .dateline, .body])
    #expect(kinds[1].1 == "Willy Haryono")
    #expect(kinds[2].1 == "15 Februari 2022 21:24")
  }

  @Test func aRepeatedLineIsBoilerplate() throws {
    let kinds = try segments("Judul Sama Persis\nIsi berita pertama.\nJudul Sama Persis").map(\.0)
    #expect(kinds == [.title, .body, .boilerplate])
  }

  @Test func logoTextIsSplitFromTheSentence() throws {
    let result = try segments(
      "Judul Berita Hari Ini\nkompas logo Banjir melanda tiga desa. kompas logo article")
    #expect(result.map(\.0) == [.title, .boilerplate, .body, .boilerplate])
    #expect(result[2].1 == "Banjir melanda tiga desa.")
  }

  /// A second page, in yet another layout: section labels before the headline, a name
  /// alone as the byline, an outlet and date, an agency credit, a trailing editor code
  /// and related headlines after the text.
  static let thirdOutlet = """
    Nasional
    Hukum
    Hakim Vonis Mantan Kepala Dinas 6 Tahun Penjara dalam Kasus Suap Proyek Jalan
    Rina Kartika
    Tempo.co - 12/02/2024, 16:30 WIB
    Terdakwa mendengarkan putusan hakim. TEMPO/Ahmad Fauzi
    Majelis hakim menjatuhkan vonis enam tahun penjara. Terdakwa juga wajib membayar denda Rp500 juta. (rin/eko)
    Pilihan Editor
    Jaksa Ajukan Banding atas Vonis Ringan Kasus Suap
    KPK Periksa Tiga Saksi Baru
    """

  @Test func classifiesAThirdLayout() throws {
    let kinds = try segments(Self.thirdOutlet).map { "\($0.0.rawValue): \($0.1)" }
    #expect(
      kinds == [
        "boilerplate: Nasional",
        "boilerplate: Hukum",
        "title: Hakim Vonis Mantan Kepala Dinas 6 Tahun Penjara dalam Kasus Suap Proyek Jalan",
        "byline: Rina Kartika",
        "dateline: Tempo.co - 12/02/2024, 16:30 WIB",
        "caption: Terdakwa mendengarkan putusan hakim. TEMPO/Ahmad Fauzi",
        "body: Majelis hakim menjatuhkan vonis enam tahun penjara.",
        "body: Terdakwa juga wajib membayar denda Rp500 juta.",
        "boilerplate: (rin/eko)",
        "boilerplate: Pilihan Editor",
        "boilerplate: Jaksa Ajukan Banding atas Vonis Ringan Kasus Suap",
        "boilerplate: KPK Periksa Tiga Saksi Baru",
      ])
  }

  @Test func theLongestHeadlineBeforeTheTextIsTheTitle() throws {
    let kinds = try segments(
      "Berita Ekonomi Bisnis\nHarga Beras Terus Naik, Bulog Guyur 200.000 Ton ke Pasar\nIsi berita."
    ).map(\.0)
    #expect(kinds == [.boilerplate, .title, .body])
  }

  @Test func readingAPromptInsideASentenceIsBody() throws {
    let kinds = try segments(
      "Judul Berita Hari Ini\nBaca buku menjadi kegiatan favorit warga desa itu."
    )
    .map(\.0)
    #expect(kinds == [.title, .body])
  }

  /// A one-line text is a headline only when it looks like one: no final punctuation, no
  /// quotation marks, headline case.
  @Test(arguments: [
    ("Sekarang kita mempunyai hubungan yang luar biasa ini,”", Segment.Kind.body),
    ("Sekarang Kita Punya Hubungan Luar Biasa,” Kata Trump", .body),
    ("Menurut dia, harga beras naik", .body),
    ("Harga beras naik di pasar.", .body),
    ("Harga Beras Naik Jelang Lebaran", .title),
    ("Reporter Lakers Mike Trudell menulis bahwa James akan bermain.", .body),
  ])
  func oneLineTextIsAHeadlineOnlyWhenItLooksLikeOne(line: String, kind: Segment.Kind) throws {
    #expect(try segments(line).map(\.0) == [kind])
  }
}
