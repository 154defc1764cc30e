import Foundation
import PadanCore

/// A one-line progress report on standard error (documents done of total, rate), shown
/// only when standard error is a terminal; `NO_COLOR` turns its colour off. The figures
/// come from a `BatchProgress`.
final class ProgressReporter: @unchecked Sendable {
  private let lock = NSLock()
  private let progress: BatchProgress
  private let unit: String
  private let enabled: Bool
  private let color: Bool
  private var drawn = false

  /// Whether standard error is a terminal.
  static var stderrIsTerminal: Bool { isatty(2) == 1 }

  /// Whether colour may be used: `NO_COLOR` unset or empty (https://no-color.org).
  static var colorAllowed: Bool {
    (ProcessInfo.processInfo.environment["NO_COLOR"] ?? "").isEmpty
  }

  init(total: Int, unit: String = "documents", enabled: Bool) {
    self.progress = BatchProgress(total: total)
    self.unit = unit
    self.enabled = enabled && Self.stderrIsTerminal
    self.color = Self.colorAllowed
  }

  /// Whether anything is shown (standard error is a terminal and the report is wanted).
  var isShown: Bool { enabled }

  /// Counts one more item of `size` bytes and redraws at most ten times a second.
  func advance(bytes size: Int = 0) {
    guard enabled else { return }
    lock.lock()
    defer { lock.unlock() }
    if let snapshot = progress.advance(bytes: size) { draw(snapshot) }
  }

  /// Clears the progress line, so that messages start on a clean line.
  func finish() {
    guard enabled else { return }
    lock.lock()
    defer { lock.unlock() }
    if drawn { stderr("\r\u{1B}[K") }
    drawn = false
  }

  private func draw(_ s: BatchProgress.Snapshot) {
    let count = s.total > 0 ? "\(s.done)/\(s.total)" : "\(s.done)"
    let figures = String(
      format: "%.1f %@/s, %.1f MB/s", s.itemsPerSecond, unit, s.megabytesPerSecond)
    let text =
      color
      ? "\r\u{1B}[K\u{1B}[1m\(count)\u{1B}[0m \(unit) \u{1B}[2m(\(figures))\u{1B}[0m"
      : "\r\u{1B}[K\(count) \(unit) (\(figures))"
    stderr(text)
    drawn = true
  }
}
