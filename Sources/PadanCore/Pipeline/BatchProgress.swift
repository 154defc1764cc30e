internal import Foundation

/// The progress of a batch, counted from any thread: items done of the total, input
/// bytes, and their rates. Whoever shows it asks `advance` when to redraw.
public final class BatchProgress: @unchecked Sendable {
  /// The figures at one moment.
  public struct Snapshot: Sendable, Hashable {
    public var done: Int
    /// 0 when the total is not known.
    public var total: Int
    public var bytes: Int
    /// Since the progress was made, at least a nanosecond.
    public var seconds: Double

    public var itemsPerSecond: Double { Double(done) / seconds }
    public var megabytesPerSecond: Double { Double(bytes) / 1e6 / seconds }
  }

  private let lock = NSLock()
  private let total: Int
  private let start = DispatchTime.now().uptimeNanoseconds
  private var done = 0
  private var bytes = 0
  private var lastShown: UInt64 = 0

  public init(total: Int) {
    self.total = total
  }

  /// Counts one more item of `size` input bytes.
  ///
  /// - Returns: the figures when they should be shown (at most ten times a second, and
  ///   always for the last item), else nil.
  public func advance(bytes size: Int = 0) -> Snapshot? {
    lock.lock()
    defer { lock.unlock() }
    done += 1
    bytes += size
    let now = DispatchTime.now().uptimeNanoseconds
    guard now - lastShown > 100_000_000 || done == total else { return nil }
    lastShown = now
    return Snapshot(
      done: done, total: total, bytes: bytes, seconds: max(Double(now - start) / 1e9, 1e-9))
  }
}
