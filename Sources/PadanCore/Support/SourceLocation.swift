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

  public var description: String { "\(path):\(line):\(column)" }

  /// `path:line`, how entries of data files are named in messages and reports.
  public var fileAndLine: String { "\(path):\(line)" }
}
