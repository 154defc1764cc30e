import Foundation
import Testing

@testable import PadanCore

/// Noun phrases: the chunker reads slots and features from the word lists, and the English
/// order comes from the `order np.…` entries of the rules files.
@Suite struct NounPhraseTests {
  private func lexemes(_ text: String) -> [Lexeme] {
    shippedTranslator.analyzer.lexemes(
      of: text, bytes: Array(text.utf8), tokens: TextTokenizer.tokens(of: text), headline: false)
  }

  private func chunker(_ lexemes: [Lexeme]) -> NounPhraseChunker {
    NounPhraseChunker(
      lexemes: lexemes, english: shippedResources.english,
      words: shippedResources.functionWords, headline: false)
  }

  @Test func chunkerFillsSlotsAndFeatures() throws {
    let x = lexemes("Rumah mereka rusak.")
    let np = try #require(chunker(x).chunk(at: 0))
    #expect(np.end == 2)
    #expect(np.pieces("head").map(\.text) == ["house"])
    #expect(np.pieces("possessor").map(\.text) == ["their"])
    #expect(np.chunk.kind == .nounPhrase)
    #expect(np.chunk.feature("possessor") == "mereka")
    #expect(np.chunk.feature("definite") == "yes")
    #expect(np.chunk.feature("number") == "singular")
    #expect(
      np.chunk.description(x)
        == "[NP head=Rumah possessor=mereka number=singular person=3 human=no definite=yes: Rumah mereka]"
    )
  }

  @Test func chunkerReadsQuantifiersNumbersAndOwners() throws {
    let x = lexemes("Beberapa negara menolak.")
    let np = try #require(chunker(x).chunk(at: 0))
    #expect(np.pieces("quantifier").map(\.text) == ["several"])
    #expect(np.isPlural)
    #expect(np.pieces("head").map(\.text) == ["countries"])
    let y = lexemes("Pernyataan Stoltenberg mengejutkan.")
    let owned = try #require(chunker(y).chunk(at: 0))
    #expect(owned.pieces("owner").map(\.text) == ["Stoltenberg's"])
    #expect(owned.chunk.children.count == 1)
    #expect(owned.holds("nominalisation"))
  }

  @Test func theOrderComesFromTheRulesFile() throws {
    // The same phrase written by a different order: head first, its noun modifier after.
    var rules = TransferRules()
    let problems = rules.add(
      """
      order np.head-first
        when    nouns
        slots   article head "for" nouns demonstrative
        example Jendela kantor itu pecah. => …
      """, path: "t.rules", lists: shippedResources.wordLists)
    #expect(problems.isEmpty, "\(problems)")
    let x = lexemes("Jendela kantor itu pecah.")
    let np = try #require(chunker(x).chunk(at: 0))
    let realiser = NounPhraseRealiser(english: shippedResources.english, rules: rules)
    let (phrase, _, chunk) = realiser.realise(np, .init())
    #expect(phrase.pieces.map(\.text) == ["window", "for", "office", "that"])
    // Each piece names the order that placed it, or the word list that gave it.
    #expect(phrase.pieces.dropLast().allSatisfy { $0.rule == "t.rules:1 np.head-first" })
    #expect(
      phrase.pieces.last?.rule?.hasPrefix("words/demonstratives.tsv:") ?? false,
      "\(phrase.pieces.map(\.rule))")
    #expect(chunk.rules == ["t.rules:1 np.head-first"])
    let shipped = NounPhraseRealiser(
      english: shippedResources.english, rules: shippedResources.transferRules)
    let (usual, _, _) = shipped.realise(np, .init())
    #expect(usual.pieces.map(\.text) == ["that", "office", "window"])
    #expect(usual.pieces[1].rule?.hasSuffix(" np.default") ?? false)
  }

  @Test func headOfAndQuantifierOfAreChosenByOrders() {
    func english(_ text: String) -> String { shippedTranslator.translate(text, kind: .body).target }
    #expect(english("Penangkapan wartawan dikecam.") == "The arrest of the reporter was condemned.")
    #expect(english("Rusia menarik sebagian pasukannya.").hasSuffix("some of its troops."))
    #expect(english("Harga naik dalam tiga bulan terakhir.").hasSuffix("in the last three months."))
  }

  @Test func yangReadings() {
    func reading(_ text: String, human: Bool = false) -> YangReading? {
      let x = lexemes(text)
      guard let k = x.firstIndex(where: { $0.lowercased == "yang" }) else { return nil }
      return YangReader(
        lexemes: x, words: shippedResources.functionWords, english: shippedResources.english
      )
      .reading(at: k, afterNounPhrase: true, human: human, plural: false)
    }
    #expect(reading("Kota yang dilanda banjir itu gelap.") == .beforePassive)
    #expect(
      reading("Konsekuensi yang tidak terduga muncul.")
        == .adjective(text: "unexpected", lexemes: [1, 2], end: 3))
    #expect(
      reading("Krisis yang paling serius datang.")
        == .adjective(text: "most serious", lexemes: [1, 2, 3], end: 4))
    #expect(
      reading("Rumah mereka yang hancur dibangun kembali.")
        == .adjective(text: "destroyed", lexemes: [2, 3], end: 4))
    #expect(reading("Dokter yang merawat pasien itu lelah.", human: true) == .relative("who"))
    #expect(reading("Pasar itu, yang terus tumbuh, ramai.") == .relative("which"))
    #expect(reading("Buku yang saya baca bagus.") == .relative("that"))
  }

  @Test func orderMistakesAreLocated() {
    let text = """
      order np.one
        when    nouns !nosuch
        slots   head "of" nowhere
        example x => y
      order np.two
        when    nouns
      order xx.three
        slots   head
        example x => y
      order np.four
        slots   head
        match   [noun]
      """
    var rules = TransferRules()
    let problems = rules.add(text, path: "t.rules", lists: shippedResources.wordLists)
    let lines = problems.map(\.description)
    #expect(lines.contains { $0.hasPrefix("t.rules:2:17: error: unknown slot or fact 'nosuch'") })
    #expect(lines.contains { $0.hasPrefix("t.rules:3:21: error: unknown slot 'nowhere'") })
    #expect(lines.contains { $0.hasPrefix("t.rules:5:1: error: order np.two has no 'slots'") })
    #expect(
      lines.contains {
        $0.hasPrefix("t.rules:7:7: error: an order's id starts with its phrase family")
      })
    #expect(lines.contains { $0.hasPrefix("t.rules:10:1: error: order np.four has no example") })
    #expect(
      lines.contains {
        $0.hasPrefix(
          "t.rules:12:3: error: an 'order' holds only 'when', 'slots' and 'example' lines")
      })
    #expect(rules.orders.isEmpty)
  }
}
