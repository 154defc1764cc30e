/// A place in a file for messages: `path:line:column`, 1-based, column in UTF-8 bytes.
public struct SourceLocation: Hashable, Sendable, CustomStringConvertible {
  public var path: String
  public var line: Int
  public var column: Int

  public init(path: String, line: Int, column: Int) {
    self.path = path
    self.line = line
    self.column = column
  }

  /// The line and column of a byte offset into `bytes`, the text of the file at `path`.
  ///
  /// Lines are 1-based and end at LF, CRLF or a lone CR; columns are 1-based and count
  /// UTF-8 bytes. Built on demand, since only diagnostics need it.
  public init(ofByte offset: Int, in bytes: [UInt8], path: String) {
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
    self.init(path: path, line: line, column: offset - lineStart + 1)
  }
  /// The same place with another column.
  func with(column: Int) -> SourceLocation {
    SourceLocation(path: path, line: line, column: column)
  }

  public var description: String { "\(path):\(line):\(column)" }

  /// `path:line`, how entries of data files are named in messages and reports.
  public var fileAndLine: String { "\(path):\(line)" }
}
