import ICUWrapper
import Testing

@testable import PadanCore

@Suite struct NormalizerTests {
  func normalize(_ text: String, form: NormalizationOptions.Form = .nfc) throws -> NormalizedText {
    try Normalizer(options: NormalizationOptions(form: form)).normalize(
      SourceFile(path: "t.txt", bytes: Array(text.utf8)))
  }

  @Test func composesDecomposedTextAndMapsBack() throws {
    let input = "Kafe\u{301} <i>baru</i> dibuka."
    let result = try normalize(input)
    let text = String(decoding: result.bytes, as: UTF8.self)
    #expect(text == "Kafé baru dibuka.")
    // "Kafé" (5 bytes normalised) maps back to "Kafe\u{301}" (6 bytes).
    #expect(
      result.sourceMap.originalRange(ByteRange(start: 0, end: 5)) == ByteRange(start: 0, end: 6))
    // "baru" maps back past the removed <i> tag.
    let baru = ByteRange(start: 6, end: 10)
    let original = Array(input.utf8)
    #expect(
      String(decoding: original[result.sourceMap.originalRange(baru).range], as: UTF8.self)
        == "baru")
  }

  @Test func nfkcOnRequest() throws {
    let result = try normalize("ﬁnal ²", form: .nfkc)
    #expect(String(decoding: result.bytes, as: UTF8.self) == "final 2")
  }

  /// The cleaner's NFC fast path must agree with ICU on every scalar it calls stable.
  @Test(arguments: [
    "Latin-1 é à ü ñ ©", "kutip “ganda” ‘tunggal’ — … ‰", "€ £ ¥ ₹", "مرحبا", "中文 汉字",
    "Ａ全角", "e\u{301}", "\u{0627}\u{0653}", "가각", "ﬁ",
  ])
  func fastPathAgreesWithICU(text: String) throws {
    let bytes = Array(text.utf8)
    let cleaned = try bytes.withUnsafeBufferPointer { try TextCleaner.clean($0, lossy: false) }
    let icu = try cleaned.bytes.withUnsafeBufferPointer {
      try UnicodeNormalizer.isNormalized($0, form: .nfc)
    }
    if cleaned.isKnownNFC { #expect(icu, "fast path called \(text) NFC but ICU disagrees") }
  }

  @Test func invalidUTF8NamesFileLineAndColumn() throws {
    let bytes: [UInt8] = Array("baris satu\nbaris ".utf8) + [0xFF] + Array(" dua".utf8)
    let source = SourceFile(path: "rusak.txt", bytes: bytes)
    #expect(
      throws: Diagnostic(
        .error, at: SourceLocation(path: "rusak.txt", line: 2, column: 7), "invalid UTF-8 byte 0xFF"
      )
    ) {
      _ = try Normalizer().normalize(source)
    }
  }

  @Test func lossyWarnsWithTheFirstLocation() throws {
    let bytes: [UInt8] = Array("a\r\nb".utf8) + [0xC3] + Array("c".utf8) + [0xFF]
    let result = try Normalizer(options: NormalizationOptions(lossy: true)).normalize(
      SourceFile(path: "x.txt", bytes: bytes))
    #expect(String(decoding: result.bytes, as: UTF8.self) == "a\nb\u{FFFD}c\u{FFFD}")
    #expect(
      result.warnings.map(\.description) == [
        "x.txt:2:2: warning: invalid UTF-8 byte 0xC3 replaced with U+FFFD (and 1 more)"
      ])
  }

  @Test func locationsCountCROnlyLineEnds() {
    let file = SourceFile(path: "cr.txt", bytes: Array("satu\rdua\r\ntiga".utf8))
    #expect(file.location(ofByte: 5).description == "cr.txt:2:1")
    #expect(file.location(ofByte: 10).description == "cr.txt:3:1")
  }
}
