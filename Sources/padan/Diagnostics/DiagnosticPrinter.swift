import Foundation
import PadanCore

/// Prints diagnostics to standard error, in `FILE:LINE:COLUMN: error: message` form.
enum DiagnosticPrinter {
  static func print(_ diagnostic: Diagnostic) {
    stderr(diagnostic.description + "\n")
  }

  static func print(_ diagnostics: [Diagnostic]) {
    for d in diagnostics { print(d) }
  }
}

/// Writes `text` to standard error. A failure there has nowhere to be reported, so it is
/// ignored (standard error closed or full must not stop the run).
func stderr(_ text: String) {
  _ = OutputWriter.writeAll(Array(text.utf8), to: 2)
}

/// Every line the command prints to standard output goes through one checked writer, so a
/// full disk or a closed pipe ends the command with a message instead of losing output.
func print(_ items: Any..., separator: String = " ", terminator: String = "\n") {
  var out = StandardOutput()
  out.write(items.map { "\($0)" }.joined(separator: separator) + terminator)
  out.flush()
}

/// Standard output, written through one buffer; a write error ends the command with
/// `cannot write to standard output: REASON` and exit status 1.
typealias StandardOutput = OutputWriter

/// A buffered writer on a file descriptor that checks every write. On an error (no space
/// left, closed pipe, read-only file) it prints `NAME: cannot write: REASON` on standard
/// error and exits with `failureStatus`, so output is never lost silently.
struct OutputWriter {
  private let descriptor: Int32
  private let name: String
  private let failureStatus: Int32
  private var buffer: [UInt8] = []

  /// Standard output.
  init(failureStatus: Int32 = 1) {
    self.init(descriptor: 1, name: "standard output", failureStatus: failureStatus)
  }

  init(descriptor: Int32, name: String, failureStatus: Int32 = 1) {
    self.descriptor = descriptor
    self.name = name
    self.failureStatus = failureStatus
  }

  /// A new file at `path` (truncated if it exists), or `nil` when it cannot be created.
  init?(creating path: String, failureStatus: Int32 = 1) {
    let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
    guard fd >= 0 else { return nil }
    self.init(descriptor: fd, name: path, failureStatus: failureStatus)
  }

  mutating func write(_ s: String) {
    buffer.append(contentsOf: s.utf8)
    if buffer.count >= 1 << 16 { flush() }
  }

  mutating func write(_ bytes: [UInt8]) {
    buffer.append(contentsOf: bytes)
    if buffer.count >= 1 << 16 { flush() }
  }

  /// Writes what is buffered; on an error reports it and exits.
  mutating func flush() {
    guard !buffer.isEmpty else { return }
    if let error = Self.writeAll(buffer, to: descriptor) {
      stderr("padan: error: \(name): cannot write: \(String(cString: strerror(error)))\n")
      exit(failureStatus)
    }
    buffer.removeAll(keepingCapacity: true)
  }

  /// Flushes, then closes the descriptor unless it is standard output; a file's close
  /// error (a delayed write failure) is reported as a write error.
  mutating func close() {
    flush()
    guard descriptor > 2 else { return }
    if Foundation.close(descriptor) != 0 {
      stderr("padan: error: \(name): cannot write: \(String(cString: strerror(errno)))\n")
      exit(failureStatus)
    }
  }

  /// Writes every byte of `bytes` to `fd`, retrying short writes and interrupted calls.
  /// - Returns: `nil`, or the `errno` of the failed write.
  static func writeAll(_ bytes: [UInt8], to fd: Int32) -> Int32? {
    bytes.withUnsafeBytes { raw -> Int32? in
      var offset = 0
      while offset < raw.count {
        let n = Foundation.write(fd, raw.baseAddress! + offset, raw.count - offset)
        if n < 0 {
          if errno == EINTR { continue }
          return errno
        }
        offset += n
      }
      return nil
    }
  }
}
