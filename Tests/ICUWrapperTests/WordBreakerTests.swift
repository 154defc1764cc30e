import ICUWrapper
import Testing

@Suite struct WordBreakerTests {
  /// The pieces of `text` as strings, words marked with their category's first letter.
  static func pieces(_ text: String, _ breaker: WordBreaker) throws -> [String] {
    let bytes = Array(text.utf8)
    return try breaker.pieces(in: text).map { piece in
      let s = String(decoding: bytes[piece.range], as: UTF8.self)
      switch piece.category {
      case .none: return s
      case .number: return "n:" + s
      case .letter: return "w:" + s
      case .kana, .ideograph: return "i:" + s
      }
    }
  }

  @Test func piecesCoverTheTextWithWordsMarked() throws {
    let breaker = try WordBreaker(locale: "id")
    #expect(
      try Self.pieces("Sekjen NATO, 13 Januari.", breaker) == [
        "w:Sekjen", " ", "w:NATO", ",", " ", "n:13", " ", "w:Januari", ".",
      ])
  }

  @Test func rangesAreUTF8ByteOffsets() throws {
    let breaker = try WordBreaker()
    // "Négara" has a two-byte é.
    let pieces = try breaker.pieces(in: "Négara aman")
    #expect(pieces.map(\.range) == [0..<7, 7..<8, 8..<12])
    #expect(pieces.map(\.category.isWord) == [true, false, true])
  }

  @Test func hyphenatedWordsAndDecimalNumbers() throws {
    let breaker = try WordBreaker()
    #expect(
      try Self.pieces("Secretary-General 10.000 orang", breaker) == [
        "w:Secretary", "-", "w:General", " ", "n:10.000", " ", "w:orang",
      ])
  }

  @Test func emptyTextHasNoPiecesAndTheIteratorIsReusable() throws {
    let breaker = try WordBreaker()
    #expect(try breaker.pieces(in: "").isEmpty)
    #expect(try Self.pieces("dua kata", breaker) == ["w:dua", " ", "w:kata"])
  }
}
