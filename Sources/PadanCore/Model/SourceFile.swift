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
    SourceLocation(ofByte: offset, in: bytes, path: path)
  }

}
