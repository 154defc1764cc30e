extension SourceFile {
  /// The text of a data file, or an error at the first byte that is not UTF-8. A leading
  /// byte order mark is skipped (its bytes still count in columns).
  static func decodedText(_ bytes: [UInt8], path: String) -> (
    text: String?, bomLength: Int, Diagnostic?
  ) {
    guard let text = String(validating: bytes, as: UTF8.self) else {
      let offset = firstInvalidOffset(bytes)
      let location = SourceFile(path: path, bytes: bytes).location(ofByte: offset)
      return (
        nil, 0, Diagnostic(.error, at: location, "invalid UTF-8 byte 0x\(hex(bytes[offset]))")
      )
    }
    let bom = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
    return (bom == 0 ? text : String(text.dropFirst()), bom, nil)
  }
}

extension SourceLocation {
  /// The same place with another column.
  func with(column: Int) -> SourceLocation {
    SourceLocation(path: path, line: line, column: column)
  }
}
