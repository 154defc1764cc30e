internal import Foundation

/// Reads a file descriptor line by line as bytes, holding one chunk and one line at a
/// time, so memory does not grow with the length of the input.
///
/// Lines end at LF; a CR before the LF is kept (callers that accept CRLF trim it).
public final class ByteLineReader {
  private let descriptor: Int32
  private let ownsDescriptor: Bool
  private var chunk: [UInt8]
  private var start = 0
  private var end = 0
  private var atEOF = false
  /// 1-based number of the line last returned (0 before the first).
  public private(set) var lineNumber = 0
  /// Whether the line last returned ended with a line feed (false for a last line without
  /// one: a truncated file).
  public private(set) var lastLineWasTerminated = true
  /// The longest line kept: the bytes of a longer line past it are read and dropped.
  public var maximumLineBytes = Int.max
  /// Whether the line last returned was longer than `maximumLineBytes` and cut there.
  public private(set) var lastLineWasCut = false

  /// Reads from an open descriptor, which the caller keeps and closes (0 for standard input).
  public init(descriptor: Int32, chunkSize: Int = 1 << 16) {
    self.descriptor = descriptor
    self.ownsDescriptor = false
    self.chunk = [UInt8](repeating: 0, count: max(chunkSize, 16))
  }

  /// Opens `path` for reading.
  ///
  /// - Throws: `Diagnostic` naming `path` when it cannot be opened or is a folder.
  public init(path: String, chunkSize: Int = 1 << 16) throws(Diagnostic) {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
      throw Diagnostic(.error, at: nil, "\(path): no such file or directory")
    }
    guard !isDirectory.boolValue else {
      throw Diagnostic(.error, at: nil, "\(path): is a directory")
    }
    let fd = open(path, O_RDONLY)
    guard fd >= 0 else {
      throw Diagnostic(
        .error, at: nil, "\(path): cannot read file (\(String(cString: strerror(errno))))")
    }
    self.descriptor = fd
    self.ownsDescriptor = true
    self.chunk = [UInt8](repeating: 0, count: max(chunkSize, 16))
  }

  deinit {
    if ownsDescriptor { close(descriptor) }
  }

  /// Whether the next `nextLine()` can start without waiting for the writer: bytes are
  /// buffered, the input has ended, or the descriptor has data ready. A stream reader
  /// answers what it holds before it would block, so replies are not held back while
  /// the other side waits for them.
  public var canContinueWithoutWaiting: Bool {
    if start < end || atEOF { return true }
    var entry = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
    return poll(&entry, 1, 0) > 0
  }

  /// The next line without its line feed, or nil at the end of the input.
  ///
  /// - Throws: `Diagnostic` when reading fails.
  public func nextLine() throws(Diagnostic) -> [UInt8]? {
    var line: [UInt8] = []
    lastLineWasCut = false
    func keep(_ bytes: ArraySlice<UInt8>) {
      let room = maximumLineBytes - line.count
      if bytes.count > room {
        line.append(contentsOf: bytes.prefix(room))
        lastLineWasCut = true
      } else {
        line.append(contentsOf: bytes)
      }
    }
    while true {
      if start < end {
        let found = chunk.withUnsafeBufferPointer { buffer -> Int? in
          var i = start
          while i < end {
            if buffer[i] == 0x0A { return i }
            i += 1
          }
          return nil
        }
        if let newline = found {
          keep(chunk[start..<newline])
          start = newline + 1
          lineNumber += 1
          lastLineWasTerminated = true
          return line
        }
        keep(chunk[start..<end])
        start = end
      }
      if atEOF {
        guard !line.isEmpty else { return nil }
        lineNumber += 1
        lastLineWasTerminated = false
        return line
      }
      let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
      if count < 0 {
        if errno == EINTR { continue }
        throw Diagnostic(.error, at: nil, "read failed: \(String(cString: strerror(errno)))")
      }
      start = 0
      end = count
      if count == 0 { atEOF = true }
    }
  }
}
