internal import Foundation

/// A fixed set of worker threads, each with its own state (an ICU iterator, a translator
/// with caches), that maps batches of items and returns the results in input order.
///
/// With one job everything runs on the calling thread. The threads live as long as the
/// pool, so per-thread state is made once, not once per batch.
public final class WorkerPool<State, Item: Sendable, Result: Sendable>: @unchecked Sendable {
  private let jobs: Int
  private let makeState: @Sendable () throws -> State
  private let work: @Sendable (inout State, Item) -> Result
  private let condition = NSCondition()
  private var items: [Item] = []
  private var results: [Result?] = []
  private var next = 0
  private var remaining = 0
  private var stopped = false
  private var started = false
  private var stateError: (any Error)?
  private var progress: (@Sendable (Result) -> Void)?
  /// The calling thread's state when `jobs` is 1.
  private var localState: State?

  /// - Parameters:
  ///   - jobs: the number of threads (at least 1).
  ///   - makeState: called once on each worker thread before its first item.
  ///   - work: maps one item; called concurrently on different threads with their own state.
  public init(
    jobs: Int, makeState: @escaping @Sendable () throws -> State,
    work: @escaping @Sendable (inout State, Item) -> Result
  ) {
    self.jobs = max(1, jobs)
    self.makeState = makeState
    self.work = work
  }

  deinit { shutdown() }

  /// Maps `batch` and returns the results in the same order.
  ///
  /// - Parameters:
  ///   - onResult: called with each result as it is ready (on a worker thread, in
  ///     completion order), for progress reports.
  /// - Throws: the error of `makeState`, if a worker could not make its state.
  public func map(_ batch: [Item], onResult: (@Sendable (Result) -> Void)? = nil) throws -> [Result]
  {
    if jobs == 1 {
      if localState == nil { localState = try makeState() }
      var out: [Result] = []
      out.reserveCapacity(batch.count)
      for item in batch {
        let r = work(&localState!, item)
        onResult?(r)
        out.append(r)
      }
      return out
    }
    guard !batch.isEmpty else { return [] }
    condition.lock()
    if !started {
      started = true
      for _ in 0..<jobs {
        let thread = Thread { [self] in self.run() }
        thread.stackSize = 16 << 20
        thread.start()
      }
    }
    items = batch
    results = Array(repeating: nil, count: batch.count)
    next = 0
    remaining = batch.count
    progress = onResult
    condition.broadcast()
    while remaining > 0 && stateError == nil { condition.wait() }
    defer {
      items = []
      results = []
      next = 0
      progress = nil
      condition.unlock()
    }
    if let stateError { throw stateError }
    return results.map { $0! }
  }

  /// Stops the worker threads once they are idle.
  public func shutdown() {
    condition.lock()
    stopped = true
    condition.broadcast()
    condition.unlock()
  }

  private func run() {
    var state: State
    do {
      state = try makeState()
    } catch {
      condition.lock()
      stateError = error
      condition.broadcast()
      condition.unlock()
      return
    }
    condition.lock()
    while true {
      while next >= items.count && !stopped { condition.wait() }
      if next >= items.count {
        condition.unlock()
        return
      }
      let i = next
      next += 1
      let item = items[i]
      let report = progress
      condition.unlock()
      let r = work(&state, item)
      report?(r)
      condition.lock()
      results[i] = r
      remaining -= 1
      if remaining == 0 { condition.broadcast() }
    }
  }
}
