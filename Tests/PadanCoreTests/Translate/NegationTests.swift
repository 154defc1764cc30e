import Foundation
import Testing

@testable import PadanCore

/// A source negation must never be lost: every sentence with tidak, tak, belum, bukan or
/// jangan gives English with a negation, whatever markers stand between it and the verb.
@Suite struct NegationTests {
  static let englishNegations = [
    " not ", "n't ", " never ", " no ", "cannot", " not.", "Not ", "Never ", "No ", " nor ",
  ]

  /// English words that carry a negation, compared in lower case.
  static let negativeWords: Set<String> = [
    "not", "never", "no", "cannot", "nor", "neither", "none", "nothing", "nobody", "without",
  ]

  /// Whether a negator lexeme (a word of `negators.tsv` standing alone) gives an English
  /// negation. A negator inside a longer lexicon or glossary entry (`tidak langsung` →
  /// indirect) is that entry's English, not a negation the engine must write.
  static func negationProblem(_ indonesian: String, kind: Segment.Kind) -> String? {
    let (translation, lexemes, _, _, _) = shippedTranslator.translateExplained(
      indonesian, kind: kind)
    let negators = shippedResources.functionWords.negators
    guard lexemes.contains(where: { negators[$0.lowercased] != nil }) else { return nil }
    let words = translation.target.lowercased().split { !$0.isLetter && $0 != "'" }
    if words.contains(where: { negativeWords.contains(String($0)) || $0.hasSuffix("n't") }) {
      return nil
    }
    return "no negation in '\(translation.target)' for '\(indonesian)'"
  }

  /// Every example sentence of every transfer rule.
  @Test func everyRuleExampleKeepsItsNegation() {
    let examples = shippedResources.transferRules.examples
    #expect(examples.count > 200)
    var checked = 0
    for (rule, example) in examples {
      if let problem = Self.negationProblem(example.input, kind: .body) {
        Issue.record("\(rule.reference): \(problem)")
      }
      checked += 1
    }
    #expect(checked == examples.count)
  }

  /// Every segment of the sample articles whose translations are committed in Output/.
  @Test func everySampleSegmentKeepsItsNegation() throws {
    let folder = repositoryRoot.appendingPathComponent("Output")
    let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
      .filter { $0.hasSuffix(".jsonl") }.sorted()
    #expect(!names.isEmpty)
    var withNegator = 0
    for name in names {
      let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
      for line in text.split(separator: "\n") {
        let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as! [String: Any]
        guard let source = object["source"] as? String else { continue }
        let kind = Segment.Kind(rawValue: object["kind"] as? String ?? "") ?? .body
        if kind == .boilerplate { continue }
        if source.split(separator: " ").contains(where: {
          shippedResources.functionWords.negators[$0.lowercased()] != nil
        }) {
          withNegator += 1
        }
        if let problem = Self.negationProblem(source, kind: kind) {
          Issue.record("\(name): \(problem)")
        }
      }
    }
    #expect(withNegator > 5)
  }

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
