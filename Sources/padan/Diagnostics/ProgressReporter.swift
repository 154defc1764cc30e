import Foundation

/// A one-line progress report on standard error (documents done of total, rate), shown
/// only when standard error is a terminal; `NO_COLOR` turns its colour off.
final class ProgressReporter: @unchecked Sendable {
  private let lock = NSLock()
  private let total: Int
  private let unit: String
  private let enabled: Bool
  private let color: Bool
  private let start = DispatchTime.now().uptimeNanoseconds
  private var done = 0
  private var bytes = 0
  private var lastDraw: UInt64 = 0
  private var drawn = false

  /// Whether standard error is a terminal.
  static var stderrIsTerminal: Bool { isatty(2) == 1 }

  /// Whether colour may be used: `NO_COLOR` unset or empty (https://no-color.org).
  static var colorAllowed: Bool {
    (ProcessInfo.processInfo.environment["NO_COLOR"] ?? "").isEmpty
  }

  init(total: Int, unit: String = "documents", enabled: Bool) {
    self.total = total
    self.unit = unit
    self.enabled = enabled && Self.stderrIsTerminal
    self.color = Self.colorAllowed
  }

  /// Counts one more item of `size` bytes and redraws at most ten times a second.
  func advance(bytes size: Int = 0) {
    guard enabled else { return }
    lock.lock()
    defer { lock.unlock() }
    done += 1
    bytes += size
    let now = DispatchTime.now().uptimeNanoseconds
    if now - lastDraw > 100_000_000 || done == total {
      lastDraw = now
      draw(now)
    }
  }

  /// Clears the progress line, so that messages start on a clean line.
  func finish() {
    guard enabled else { return }
    lock.lock()
    defer { lock.unlock() }
    if drawn { stderr("\r\u{1B}[K") }
    drawn = false
  }

  private func draw(_ now: UInt64) {
    let seconds = max(Double(now - start) / 1e9, 1e-9)
    let rate = Double(done) / seconds
    let mb = Double(bytes) / 1e6 / seconds
    let count = total > 0 ? "\(done)/\(total)" : "\(done)"
    let figures = String(format: "%.1f %@/s, %.1f MB/s", rate, unit, mb)
    let text =
      color
      ? "\r\u{1B}[K\u{1B}[1m\(count)\u{1B}[0m \(unit) \u{1B}[2m(\(figures))\u{1B}[0m"
      : "\r\u{1B}[K\(count) \(unit) (\(figures))"
    stderr(text)
    drawn = true
  }
}
