import ICUWrapper
import Testing

@Suite struct SentenceBreakerTests {
  @Test func boundariesAreUTF8ByteOffsets() throws {
    let breaker = try SentenceBreaker(locale: "id")
    // "Négara" has a two-byte é: offsets must count bytes, not characters.
    let text = Array("Négara aman. Rakyat senang.".utf8)
    let boundaries = try text.withUnsafeBufferPointer { try breaker.boundaries(in: $0) }
    #expect(boundaries == [14, text.count])
  }

  @Test func emptyTextHasNoBoundaries() throws {
    let breaker = try SentenceBreaker(locale: "id")
    let boundaries = try [UInt8]().withUnsafeBufferPointer { try breaker.boundaries(in: $0) }
    #expect(boundaries.isEmpty)
  }

  @Test func iteratorIsReusable() throws {
    let breaker = try SentenceBreaker()
    for text in ["Satu. Dua.", "Tiga! Empat? Lima."] {
      let bytes = Array(text.utf8)
      let boundaries = try bytes.withUnsafeBufferPointer { try breaker.boundaries(in: $0) }
      #expect(boundaries.last == bytes.count)
    }
  }
}

@Suite struct UnicodeNormalizerTests {
  @Test func nfcComposesAndReportsTheChange() throws {
    let bytes = Array("Cafe\u{301} di Bandung".utf8)  // e + combining acute
    let (out, changes) = try bytes.withUnsafeBufferPointer {
      try UnicodeNormalizer.normalize($0, form: .nfc)
    }
    #expect(String(decoding: out, as: UTF8.self) == "Café di Bandung")
    #expect(
      changes == [
        NormalizationChange(
          sourceStart: 3, sourceLength: 3, destinationStart: 3, destinationLength: 2)
      ])
  }

  @Test func nfkcFoldsCompatibilityCharacters() throws {
    #expect(try UnicodeNormalizer.normalize("ﬁnal ①", form: .nfkc) == "final 1")
    #expect(try UnicodeNormalizer.normalize("ﬁnal", form: .nfc) == "ﬁnal")
  }

  @Test func normalisedTextHasNoChanges() throws {
    let bytes = Array("Sudah normal: é, “kutipan”.".utf8)
    let (out, changes) = try bytes.withUnsafeBufferPointer {
      try UnicodeNormalizer.normalize($0, form: .nfc)
    }
    #expect(out == bytes)
    #expect(changes.isEmpty)
    #expect(
      try bytes.withUnsafeBufferPointer { try UnicodeNormalizer.isNormalized($0, form: .nfc) })
  }

  @Test func errorNamesComeFromICU() {
    #expect(ICUError.illegalArgument.name == "U_ILLEGAL_ARGUMENT_ERROR")
    #expect(ICUError.illegalArgument.description.contains("U_ILLEGAL_ARGUMENT_ERROR"))
  }
}
