/// An input file as read: its display path and its original bytes.
public struct SourceFile: Sendable {
  /// The path as the user gave it (or `<stdin>`, or a record id), used in messages.
  public let path: String
  /// The bytes exactly as read, before any decoding or normalisation.
  public let bytes: [UInt8]

  public init(path: String, bytes: [UInt8]) {
    self.path = path
    self.bytes = bytes
  }

  /// The line and column of a byte offset into `bytes`, for messages.
  ///
  /// Lines are 1-based and end at LF, CRLF or a lone CR; columns are 1-based and count
  /// UTF-8 bytes. Built on demand, since only diagnostics need it.
  public func location(ofByte offset: Int) -> SourceLocation {
    var line = 1
    var lineStart = 0
    var i = 0
    let limit = min(offset, bytes.count)
    while i < limit {
      let b = bytes[i]
      if b == 0x0A {
        line += 1
        lineStart = i + 1
      } else if b == 0x0D {
        if i + 1 < bytes.count && bytes[i + 1] == 0x0A {
          if i + 1 < limit {
            i += 1
          } else {
            break
          }
        }
        line += 1
        lineStart = i + 1
      }
      i += 1
    }
    return SourceLocation(path: path, line: line, column: offset - lineStart + 1)
  }
}
