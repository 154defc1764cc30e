/// Minimal, deterministic JSON text output (keys in the order written).
package enum JSONText {
  /// `s` as a JSON string literal: quotes, backslashes and control characters escaped
  /// (and U+2028, U+2029, which some JavaScript parsers reject), everything else as UTF-8.
  ///
  /// - Complexity: O(n); runs that need no escape are copied as bytes.
  package static func quoted(_ s: some StringProtocol) -> String {
    var out: [UInt8] = []
    out.reserveCapacity(s.utf8.count + 2)
    appendQuoted(s, to: &out)
    return String(decoding: out, as: UTF8.self)
  }

  /// Appends `s` as a JSON string literal (see `quoted`) to a byte buffer.
  package static func appendQuoted(_ s: some StringProtocol, to out: inout [UInt8]) {
    out.append(0x22)
    let done: Bool? = s.utf8.withContiguousStorageIfAvailable {
      append($0, to: &out)
      return true
    }
    if done == nil {
      Array(s.utf8).withUnsafeBufferPointer { append($0, to: &out) }
    }
    out.append(0x22)
  }

  /// Appends an integer in decimal.
  static func appendInt(_ i: Int, to out: inout [UInt8]) {
    out.append(contentsOf: String(i).utf8)
  }

  /// Strings as a JSON array on one line.
  static func array(_ items: [String]) -> String {
    "[" + items.map { quoted($0) }.joined(separator: ",") + "]"
  }

  private static let hexDigits = Array("0123456789abcdef".utf8)

  private static func append(_ bytes: UnsafeBufferPointer<UInt8>, to out: inout [UInt8]) {
    var run = 0
    var i = 0
    while i < bytes.count {
      let b = bytes[i]
      if b >= 0x20 && b != 0x22 && b != 0x5C && b != 0xE2 {
        i += 1
        continue
      }
      var width = 1
      let escape: (UInt8, UInt8)?
      switch b {
      case 0x22: escape = (0x5C, 0x22)
      case 0x5C: escape = (0x5C, 0x5C)
      case 0x0A: escape = (0x5C, UInt8(ascii: "n"))
      case 0x0D: escape = (0x5C, UInt8(ascii: "r"))
      case 0x09: escape = (0x5C, UInt8(ascii: "t"))
      case 0x08: escape = (0x5C, UInt8(ascii: "b"))
      case 0x0C: escape = (0x5C, UInt8(ascii: "f"))
      case 0xE2:
        // U+2028 and U+2029 are E2 80 A8 and E2 80 A9.
        guard i + 2 < bytes.count, bytes[i + 1] == 0x80,
          bytes[i + 2] == 0xA8 || bytes[i + 2] == 0xA9
        else {
          i += 1
          continue
        }
        escape = nil
        width = 3
      default: escape = nil
      }
      out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[run..<i]))
      if let (x, y) = escape {
        out.append(x)
        out.append(y)
      } else if b == 0xE2 {
        out.append(contentsOf: (bytes[i + 2] == 0xA8 ? "\\u2028" : "\\u2029").utf8)
      } else {
        out.append(contentsOf: "\\u00".utf8)
        out.append(hexDigits[Int(b >> 4)])
        out.append(hexDigits[Int(b & 0xF)])
      }
      i += width
      run = i
    }
    out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[run..<bytes.count]))
  }
}
