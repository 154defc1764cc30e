/// Decoding of single UTF-8 sequences in a byte buffer, shared by the stages that scan
/// text as bytes (cleaning, TSV tables, layout, term text).
enum UTF8Bytes {
  /// Length of the well-formed UTF-8 sequence at `i` (2...4), or minus the length of the
  /// maximal ill-formed subpart (Unicode's "maximal subpart" replacement rule).
  @inline(__always)
  static func sequenceLength(_ s: UnsafeBufferPointer<UInt8>, at i: Int) -> Int {
    let b0 = s[i]
    let n = s.count
    var need: Int
    var lo: UInt8 = 0x80
    var hi: UInt8 = 0xBF
    switch b0 {
    case 0xC2...0xDF: need = 1
    case 0xE0: need = 2; lo = 0xA0
    case 0xE1...0xEC, 0xEE, 0xEF: need = 2
    case 0xED: need = 2; hi = 0x9F
    case 0xF0: need = 3; lo = 0x90
    case 0xF1...0xF3: need = 3
    case 0xF4: need = 3; hi = 0x8F
    default: return -1
    }
    var j = i + 1
    while need > 0 {
      guard j < n, s[j] >= lo, s[j] <= hi else { return -(j - i) }
      lo = 0x80
      hi = 0xBF
      need -= 1
      j += 1
    }
    return j - i
  }

  @inline(__always)
  static func decode(_ s: UnsafeBufferPointer<UInt8>, at i: Int, length: Int) -> Unicode.Scalar {
    var v = UInt32(s[i]) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
    for k in 1..<length { v = v << 6 | UInt32(s[i + k] & 0x3F) }
    return Unicode.Scalar(v) ?? "\u{FFFD}"
  }

  /// Offset of the first ill-formed UTF-8 byte in `bytes` (or `bytes.count`).
  static func firstInvalidOffset(_ bytes: [UInt8]) -> Int {
    bytes.withUnsafeBufferPointer { buffer in
      var i = 0
      while i < buffer.count {
        if buffer[i] < 0x80 {
          i += 1
          continue
        }
        let length = UTF8Bytes.sequenceLength(buffer, at: i)
        if length < 0 { return i }
        i += length
      }
      return buffer.count
    }
  }

  /// Two upper-case hex digits.
  static func hex(_ byte: UInt8) -> String {
    let digits = Array("0123456789ABCDEF")
    return String([digits[Int(byte >> 4)], digits[Int(byte & 0xF)]])
  }

  /// The text of a data file, or an error at the first byte that is not UTF-8. A leading
  /// byte order mark is skipped (its bytes still count in columns).
  static func decodedText(_ bytes: [UInt8], path: String) -> (
    text: String?, bomLength: Int, Diagnostic?
  ) {
    guard let text = String(validating: bytes, as: UTF8.self) else {
      let offset = firstInvalidOffset(bytes)
      let location = SourceLocation(ofByte: offset, in: bytes, path: path)
      return (
        nil, 0, Diagnostic(.error, at: location, "invalid UTF-8 byte 0x\(hex(bytes[offset]))")
      )
    }
    let bom = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
    return (bom == 0 ? text : String(text.dropFirst()), bom, nil)
  }
}
