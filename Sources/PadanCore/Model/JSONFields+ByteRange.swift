/// Byte ranges in JSON objects: the two-element array `[start,end]`.
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
