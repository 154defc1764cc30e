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
        "byline: Penulis: Dewi Lestari | Editor: Budi Santoso",
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
      "Judul Berita\nkompas logo Banjir melanda tiga desa. kompas logo article")
    #expect(result.map(\.0) == [.title, .boilerplate, .body, .boilerplate])
    #expect(result[2].1 == "Banjir melanda tiga desa.")
  }

  @Test func readingAPromptInsideASentenceIsBody() throws {
    let kinds = try segments("Judul Berita\nBaca buku menjadi kegiatan favorit warga desa itu.")
      .map(\.0)
    #expect(kinds == [.title, .body])
  }
}
