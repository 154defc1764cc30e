import Foundation
import Testing

@testable import PadanCore

/// The glossaries in `Glossaries/` as shipped.
@Suite struct ShippedGlossaryTests {
  static let loaded: (Glossary, [Diagnostic]) = {
    try! Glossary.load(directory: repositoryRoot.appendingPathComponent("Glossaries").path)
  }()

  @Test func isLargeAndLintClean() {
    let (glossary, problems) = Self.loaded
    #expect(glossary.entries.count >= 2000)
    #expect(problems.map(\.description) == [])
  }

  /// Every name and domain term of the two sample articles, chosen by reading them.
  static let sampleTerms = [
    "Rusia", "NATO", "Moskow", "Wakil Menteri Luar Negeri Rusia", "Alexander Grushko",
    "Organisasi untuk Keamanan dan Kerjasama di Eropa", "OSCE", "Dewan NATO-Rusia", "Rabu",
    "negara-negara anggota", "TASS", "Amerika Serikat", "Brussel", "Ukraina", "Sekretaris Jenderal",
    "Jens Stoltenberg", "AFP", "Eropa", "Atlantik", "Lisbon", "Grushko", "Stoltenberg",
    "pengendalian senjata", "latihan militer", "Kamis", "Januari", "WIB", "Sekjen NATO", "Brussels",
    "Belgia", "Februari", "Pakta Pertahanan Atlantik Utara", "Selasa", "deeskalasi", "invasi",
    "menteri-menteri pertahanan", "Anadolu Agency", "AS", "Uni Soviet", "jaminan keamanan",
    "kebijakan pintu terbuka", "konferensi pers", "aliansi", "sekutunya", "diplomasi",
  ]

  @Test func coversEveryNameAndTermOfTheSampleArticles() throws {
    let matcher = GlossaryMatcher(glossary: Self.loaded.0)
    let segmenter = try DocumentSegmenter(rules: shippedRules)
    var found: Set<String> = []
    for name in SeedSnapshotTests.seeds {
      let path = repositoryRoot.appendingPathComponent("Seeds").appendingPathComponent(name).path
      let (document, _) = try segmenter.document(from: try InputCollector.read(path))
      for segment in document.segments where segment.kind != .boilerplate {
        let text = document.text(of: segment)
        let bytes = Array(text.utf8)
        for match in matcher.matches(in: text) {
          found.insert(String(decoding: bytes[match.range.range], as: UTF8.self))
        }
      }
    }
    for term in Self.sampleTerms {
      #expect(found.contains(term), "\(term) is not matched in the sample articles")
    }
  }
}
