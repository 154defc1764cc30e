import Foundation
import PadanCore

/// Prints diagnostics to standard error, in `FILE:LINE:COLUMN: error: message` form.
enum DiagnosticPrinter {
  static func print(_ diagnostic: Diagnostic) {
    FileHandle.standardError.write(Data((diagnostic.description + "\n").utf8))
  }

  static func print(_ diagnostics: [Diagnostic]) {
    for d in diagnostics { print(d) }
  }
}

/// Writes to standard output through one buffered path.
struct StandardOutput {
  private var buffer: [UInt8] = []

  mutating func write(_ s: String) {
    buffer.append(contentsOf: s.utf8)
    if buffer.count >= 1 << 16 { flush() }
  }

  mutating func flush() {
    guard !buffer.isEmpty else { return }
    FileHandle.standardOutput.write(Data(buffer))
    buffer.removeAll(keepingCapacity: true)
  }
}
