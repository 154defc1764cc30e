/// Byte ranges in JSON: the two-element array `[start,end]`.
extension JSONText {
  /// A byte range as a two-element array: `[start,end]`.
  static func range(_ r: ByteRange) -> String { "[\(r.start),\(r.end)]" }

  /// Appends a byte range as `[start,end]`.
  static func appendRange(_ r: ByteRange, to out: inout [UInt8]) {
    out.append(0x5B)
    appendInt(r.start, to: &out)
    out.append(0x2C)
    appendInt(r.end, to: &out)
    out.append(0x5D)
  }
}

extension JSONFields {
  func range(_ key: String, within limit: Int = .max) throws(Diagnostic) -> ByteRange {
    guard let a = try value(key).array, a.count == 2, let s = a[0].int, let e = a[1].int,
      0 <= s, s <= e
    else { throw problem("\"\(key)\" is not a byte range [start,end]") }
    guard e <= limit else {
      throw problem("\"\(key)\" [\(s),\(e)] is outside its text (\(limit) bytes)")
    }
    return ByteRange(start: s, end: e)
  }
}
