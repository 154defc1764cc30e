import Foundation
import Testing

@testable import PadanCore

@Suite struct GzipDecoderTests {
  /// Made with Python's `gzip.compress(data, compresslevel: 0 | 9, mtime=0)`.
  static let stored = "H4sIAAAAAAAEAwERAO7/QnVuZ2EgYmFuayBuYWlrLgqAGXH3EQAAAA=="
  static let fixed = "H4sIAAAAAAACA3MqzUtPVEhKzMtWyEvMzNbjAgCAGXH3EQAAAA=="
  static let dynamic =
    "H4sIAAAAAAACA83LwQmAMBBE0VamgGAD3nKzjIlZJCwZxST9G4sQPH54P1KOTfmUtUJUE4s7hTZ8IA0dBPdBLYjf0DcC3GqijjCt815Ri9iR5+J2mXqZ6lf6AcMsNsI5AQAA"
  /// Two members, `satu\n` and `dua\n`.
  static let twoMembers = "H4sIAAAAAAACAytOLCnlAgBFWa8aBQAAAB+LCAAAAAAAAgNLKU3kAgALpglbBAAAAA=="

  static func bytes(_ base64: String) -> [UInt8] { [UInt8](Data(base64Encoded: base64)!) }

  static func text(_ base64: String) throws -> String {
    String(decoding: try GzipDecoder.decompress(bytes(base64)), as: UTF8.self)
  }

  @Test func decodesStoredFixedAndDynamicBlocks() throws {
    #expect(try Self.text(Self.stored) == "Bunga bank naik.\n")
    #expect(try Self.text(Self.fixed) == "Bunga bank naik.\n")
    let sentence = "Bank Indonesia menaikkan suku bunga acuan. "
    let list = "Bunga, kembang, mekar; minat dan kepentingan. "
    #expect(
      try Self.text(Self.dynamic)
        == String(repeating: sentence, count: 3) + String(repeating: list, count: 4))
  }

  @Test func decodesConcatenatedMembers() throws {
    #expect(try Self.text(Self.twoMembers) == "satu\ndua\n")
  }

  @Test func decodesADictzipFile() throws {
    let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .deletingLastPathComponent().appendingPathComponent("Lexicon/Fixtures")
    let zipped = try Data(
      contentsOf: fixtures.appendingPathComponent("dictzip/freedict-mini.dict.dz"))
    let plain = try Data(contentsOf: fixtures.appendingPathComponent("freedict-mini.dict"))
    #expect(try GzipDecoder.decompress([UInt8](zipped)) == [UInt8](plain))
  }

  @Test func reportsDamage() {
    var flipped = Self.bytes(Self.fixed)
    flipped[flipped.count - 8] ^= 1
    #expect(throws: GzipError(offset: 0, reason: "CRC-32 mismatch")) {
      try GzipDecoder.decompress(flipped)
    }
    let cut = Array(Self.bytes(Self.dynamic).dropLast(20))
    #expect(throws: GzipError(offset: 0, reason: "the compressed data is cut short")) {
      try GzipDecoder.decompress(cut)
    }
    #expect(throws: GzipError(offset: 0, reason: "not a gzip file")) {
      try GzipDecoder.decompress(Array("bunga\n".utf8))
    }
    var reserved = Self.bytes(Self.fixed)
    reserved[10] |= 0b110  // block type 3
    #expect(
      throws: GzipError(offset: 0, reason: "corrupt compressed data (a block of reserved type 3)")
    ) { try GzipDecoder.decompress(reserved) }
  }
}

@Suite struct DecompressionLimitTests {
  /// A megabyte of zero bytes in about a kilobyte.
  static let megabyteOfZeros =
    "H4sIAAAAAAACA+3BMQEAAADCoPVPbQhfoAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPgMc6jinAAAQAA=="

  @Test func outputPastTheLimitIsRefused() throws {
    let bytes = GzipDecoderTests.bytes(Self.megabyteOfZeros)
    #expect(try GzipDecoder.decompress(bytes).count == 1 << 20)
    #expect(
      throws: GzipError(
        offset: 0, reason: "decompresses to more than 65536 bytes; refused as a decompression bomb")
    ) {
      _ = try GzipDecoder.decompress(bytes, limit: 64 << 10)
    }
    #expect(throws: GzipError.self) {
      _ = try GzipDecoder.decompress(GzipDecoderTests.bytes(GzipDecoderTests.dynamic), limit: 100)
    }
  }
}
