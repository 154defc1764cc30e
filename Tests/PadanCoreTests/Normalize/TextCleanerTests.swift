import Testing

@testable import PadanCore

/// Cleans `text` and returns the output text, checking that the source map maps every
/// output byte that was not produced by a change back to the same byte of the input.
func cleaned(_ text: String, lossy: Bool = false) throws -> (String, SourceMap) {
  let input = Array(text.utf8)
  let output = try input.withUnsafeBufferPointer { try TextCleaner.clean($0, lossy: lossy) }
  let map = SourceMap(layers: [output.changes])
  return (String(decoding: output.bytes, as: UTF8.self), map)
}

@Suite struct TextCleanerTests {
  @Test func removesBOMAndNormalisesLineEnds() throws {
    #expect(try cleaned("\u{FEFF}satu\r\ndua\rtiga\n").0 == "satu\ndua\ntiga\n")
  }

  @Test func dropsControlCharactersButKeepsTabsAsSpaces() throws {
    #expect(try cleaned("a\u{0007}b\u{0000}c\td\u{0085}e").0 == "abc d\ne")
  }

  @Test func removesTagsAndKeepsTheirText() throws {
    let input = "LAPORAN: <a href='https://rmol.id/about/x'>RENI ERINA</a>"
    #expect(try cleaned(input).0 == "LAPORAN: RENI ERINA")
    #expect(try cleaned("satu<br>dua<p>tiga</p>").0 == "satu\ndua\ntiga\n")
    #expect(try cleaned("x <script>var a = '<b>';</script>y").0 == "x y")
    #expect(try cleaned("a <!-- komentar --> b").0 == "a b")
  }

  @Test func lessThanThatIsNotATagIsText() throws {
    #expect(try cleaned("nilai < 5 dan 3<4").0 == "nilai < 5 dan 3<4")
  }

  @Test(arguments: [
    ("A &amp; B", "A & B"), ("&#8220;kutip&#8221;", "“kutip”"), ("&#x201C;x&#x201D;", "“x”"),
    ("harga &lt;Rp5&gt;", "harga <Rp5>"), ("a&nbsp;b", "a b"), ("&#150;", "–"),
    ("AT&T &foo; &#;", "AT&T &foo; &#;"), ("caf&eacute;", "café"),
    ("a &#x100000000; b", "a &#x100000000; b"),
    ("&#99999999999999999999999;", "&#99999999999999999999999;"),
    ("&#x110000;", "&#x110000;"), ("&#x10FFFF;", "\u{10FFFF}"), ("&#0000000065;", "A"),
  ])
  func decodesCharacterReferences(input: String, expected: String) throws {
    #expect(try cleaned(input).0 == expected)
  }

  @Test func unusualSpacesBecomeOneSpaceAndLinesAreTrimmed() throws {
    let input =
      "  Ia\u{00A0}berpandangan\u{200B}penting \u{2009} pula  \n\u{3000}baris dua\u{202F}\n"
    #expect(try cleaned(input).0 == "Ia berpandangan penting pula\nbaris dua\n")
  }

  @Test func reportsTheFirstInvalidByte() throws {
    let input: [UInt8] = Array("baris satu\nbaris ".utf8) + [0xC3, 0x28] + Array(" dua".utf8)
    #expect(throws: TextCleaner.InvalidByte(offset: 17, byte: 0xC3)) {
      _ = try input.withUnsafeBufferPointer { try TextCleaner.clean($0, lossy: false) }
    }
  }

  @Test func lossyModeReplacesInvalidBytes() throws {
    let input: [UInt8] = [0x61, 0xFF, 0x62, 0xE2, 0x80, 0x63]
    let output = try input.withUnsafeBufferPointer { try TextCleaner.clean($0, lossy: true) }
    #expect(String(decoding: output.bytes, as: UTF8.self) == "a\u{FFFD}b\u{FFFD}c")
    #expect(output.replaced.map(\.offset) == [1, 3])
  }

  @Test func emptyInputIsEmpty() throws {
    #expect(try cleaned("").0 == "")
  }
}

@Suite struct SourceMapTests {
  /// Every word of the cleaned text maps back to the same word in the original.
  @Test(arguments: [
    "LAPORAN: <a href='https://rmol.id/about/x'>RENI ERINA</a>\nbaris\u{00A0}\u{00A0}dua &amp; tiga",
    "\u{FEFF}  Ia  berkata:\r\n&#8220;Kami siap&#8221; <b>kata</b> dia.",
  ])
  func wordsMapBackToTheirOriginalBytes(input: String) throws {
    let (text, map) = try cleaned(input)
    let original = Array(input.utf8)
    var offset = 0
    for word in text.split(whereSeparator: { $0 == " " || $0 == "\n" }) {
      let start = text.utf8.distance(from: text.utf8.startIndex, to: word.utf8.startIndex)
      offset = start
      let range = map.originalRange(ByteRange(start: start, end: start + word.utf8.count))
      let slice = String(decoding: original[range.range], as: UTF8.self)
      // Entities map to their reference; everything else maps to itself.
      if !slice.contains("&") { #expect(slice == String(word), "word \(word) at \(offset)") }
    }
  }

  @Test func rangeInsideAReplacementExpandsToTheWholeReplacedSpan() {
    // "a&amp;b" -> "a&b": the "&" (1 byte) came from 5 bytes.
    let map = SourceMap(layers: [
      [
        SourceMap.Change(
          source: ByteRange(start: 1, end: 6), destination: ByteRange(start: 1, end: 2))
      ]
    ])
    #expect(map.originalRange(ByteRange(start: 1, end: 2)) == ByteRange(start: 1, end: 6))
    #expect(map.originalRange(ByteRange(start: 2, end: 3)) == ByteRange(start: 6, end: 7))
    #expect(map.originalRange(ByteRange(start: 0, end: 1)) == ByteRange(start: 0, end: 1))
  }

  @Test func layersCompose() {
    // Layer 1 deletes 3 bytes at 0; layer 2 turns 2 bytes at 4 into 1.
    let map = SourceMap(layers: [
      [
        SourceMap.Change(
          source: ByteRange(start: 0, end: 3), destination: ByteRange(start: 0, end: 0))
      ],
      [
        SourceMap.Change(
          source: ByteRange(start: 4, end: 6), destination: ByteRange(start: 4, end: 5))
      ],
    ])
    #expect(map.originalOffset(2, bias: .start) == 5)
    #expect(map.originalRange(ByteRange(start: 4, end: 5)) == ByteRange(start: 7, end: 9))
    #expect(map.originalOffset(6, bias: .end) == 10)
  }
}

@Suite struct WordAtATimeTests {
  /// The eight-byte check agrees with a byte-by-byte reference on random words drawn
  /// from the interesting bytes.
  @Test func agreesWithTheByteLoop() {
    let alphabet: [UInt8] = [
      0x20, 0x20, 0x61, 0x41, 0x2E, 0x3C, 0x26, 0x7F, 0x0A, 0x09, 0x21, 0x7E, 0x1F, 0xC3, 0x80,
    ]
    var state: UInt64 = 12345
    for _ in 0..<200_000 {
      var bytes: [UInt8] = []
      for _ in 0..<8 {
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        bytes.append(alphabet[Int(state >> 33) % alphabet.count])
      }
      let word = bytes.enumerated().reduce(UInt64(0)) {
        $0 | UInt64($1.element) << (8 * UInt64($1.offset))
      }
      var expected = bytes.allSatisfy { TextCleaner.isPlain($0) || $0 == 0x20 }
      expected = expected && bytes.last != 0x20
      expected = expected && !zip(bytes, bytes.dropFirst()).contains { $0 == 0x20 && $1 == 0x20 }
      #expect(TextCleaner.isPlainWithSingleSpaces(word) == expected, "\(bytes)")
      if TextCleaner.isPlainWithSingleSpaces(word) != expected { return }
    }
  }
}
