import Testing

@testable import PadanCore

/// A source negation must never be lost: every sentence with tidak, tak, belum, bukan or
/// jangan gives English with a negation, whatever markers stand between it and the verb.
@Suite struct NegationTests {
  static let englishNegations = [
    " not ", "n't ", " never ", " no ", "cannot", " not.", "Not ", "Never ", "No ", " nor ",
  ]

  @Test(arguments: [
    "Rusia tidak menyerang Ukraina.",
    "Pemerintah tidak akan menaikkan harga bensin.",
    "Indonesia tidak terus mendorong perdamaian.",
    "Polisi tidak sedang menyelidiki kasus itu.",
    "Kota itu tidak diserang.",
    "Kota itu tidak akan diserang.",
    "Mereka tidak bisa datang.",
    "Harga beras tidak naik.",
    "Rumah itu tidak besar.",
    "Saya tidak akan pernah pergi.",
    "Dia tidak pernah datang.",
    "Warga tidak lagi mengungsi.",
    "Dia tak mau pulang.",
    "Menteri tak hadir dalam rapat itu.",
    "Mereka tak akan pernah menyerah.",
    "Pemerintah belum memutuskan rencana itu.",
    "Jalan itu belum diperbaiki.",
    "Dia belum pernah datang ke sini.",
    "Presiden belum akan berangkat.",
    "Itu bukan rumah saya.",
    "Dia bukan menteri.",
    "Masalahnya bukan uang.",
    "Jangan membuang sampah.",
    "Jangan takut.",
    "Pemerintah tidak pernah menolak usulan itu.",
    "Indonesia tidak akan terus mendorong perdamaian.",
    "Pasukan itu tidak ditarik dari kota.",
    "Harga tidak turun tahun ini.",
  ])
  func negationIsKept(_ indonesian: String) {
    let english = " " + shippedTranslator.translate(indonesian, kind: .body).target + " "
    #expect(
      Self.englishNegations.contains { english.contains($0) },
      "no negation in '\(english)' for '\(indonesian)'")
  }

  /// `terus` keeps the tense, aspect and negation of its verb group.
  @Test(arguments: [
    ("Indonesia akan terus mendorong perdamaian.", "will continue to push"),
    ("Indonesia tidak terus mendorong perdamaian.", "did not continue to push"),
    ("Indonesia telah terus mendorong perdamaian.", "has continued to push"),
    ("Indonesia terus mendorong perdamaian.", "continued to push"),
    ("Indonesia tidak akan terus mendorong perdamaian.", "will not continue to push"),
    ("Indonesia sedang terus mendorong perdamaian.", "is continuing to push"),
  ])
  func terusKeepsTheGroup(_ indonesian: String, _ fragment: String) {
    let english = shippedTranslator.translate(indonesian, kind: .body).target
    #expect(english.contains(fragment), "'\(english)' lacks '\(fragment)'")
  }
}
