/// Minimal, deterministic JSON text output (keys in the order written).
enum JSONText {
  /// `s` as a JSON string literal: quotes, backslashes and control characters escaped
  /// (and U+2028, U+2029, which some JavaScript parsers reject), everything else as UTF-8.
  ///
  /// - Complexity: O(n); runs that need no escape are copied as bytes.
  static func quoted(_ s: some StringProtocol) -> String {
    var out: [UInt8] = []
    out.reserveCapacity(s.utf8.count + 2)
    out.append(0x22)
    var utf8 = Array(s.utf8)
    utf8.withUnsafeMutableBufferPointer { bytes in
      var run = 0
      var i = 0
      func flush(_ end: Int) {
        if end > run { out.append(contentsOf: bytes[run..<end]) }
      }
      while i < bytes.count {
        let b = bytes[i]
        var escape: [UInt8]? = nil
        var width = 1
        switch b {
        case 0x22: escape = [0x5C, 0x22]
        case 0x5C: escape = [0x5C, 0x5C]
        case 0x0A: escape = [0x5C, UInt8(ascii: "n")]
        case 0x0D: escape = [0x5C, UInt8(ascii: "r")]
        case 0x09: escape = [0x5C, UInt8(ascii: "t")]
        case 0x08: escape = [0x5C, UInt8(ascii: "b")]
        case 0x0C: escape = [0x5C, UInt8(ascii: "f")]
        case 0x00..<0x20:
          let digits = Array("0123456789abcdef".utf8)
          escape = Array("\\u00".utf8) + [digits[Int(b >> 4)], digits[Int(b & 0xF)]]
        case 0xE2
        where i + 2 < bytes.count && bytes[i + 1] == 0x80
          && (bytes[i + 2] == 0xA8 || bytes[i + 2] == 0xA9):
          escape = Array((bytes[i + 2] == 0xA8 ? "\\u2028" : "\\u2029").utf8)
          width = 3
        default: break
        }
        if let escape {
          flush(i)
          out.append(contentsOf: escape)
          i += width
          run = i
        } else {
          i += 1
        }
      }
      flush(bytes.count)
    }
    out.append(0x22)
    return String(decoding: out, as: UTF8.self)
  }
}
