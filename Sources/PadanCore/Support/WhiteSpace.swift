/// White space as segments are compared and checked.
enum WhiteSpace {
  /// Whether `b` is ASCII white space: space, tab, line feed, vertical tab, form feed or
  /// carriage return.
  static func isSpace(_ b: UInt8) -> Bool { b == 0x20 || (0x09...0x0D).contains(b) }

  /// The text of `bytes` with every run of white space made one space, and none at either
  /// end.
  static func collapsed(_ bytes: some Collection<UInt8>) -> String {
    var out: [UInt8] = []
    out.reserveCapacity(bytes.count)
    var space = false
    for b in bytes {
      if isSpace(b) {
        space = !out.isEmpty
      } else {
        if space { out.append(0x20) }
        space = false
        out.append(b)
      }
    }
    return String(decoding: out, as: UTF8.self)
  }
}
