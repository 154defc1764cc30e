internal import Foundation

/// Bilingual files read on a thread of their own, one after the other, their segments
/// handed out as they are read, so that checking starts before reading ends.
public final class SegmentStream: @unchecked Sendable {
  /// A segment read, with the file (its position in the paths given) and its position in
  /// that file.
  struct Item: Sendable {
    var file: Int
    var index: Int
    var segment: BilingualSegment
  }

  public let paths: [String]
  private let condition = NSCondition()
  private var items: [Item] = []
  private var taken = 0
  /// How many segments the waiting reader of `take(batch:)` wants.
  private var wanted = Int.max
  private var results: [Result<BilingualFile, Diagnostic>] = []
  private var done = false

  /// Starts reading `paths` (with `BilingualFile.read`) at once.
  public init(paths: [String]) {
    self.paths = paths
    let thread = Thread { [self] in readAll() }
    thread.stackSize = 16 << 20
    thread.start()
  }

  /// A stream of files already read (nothing left to read).
  init(files: [BilingualFile]) {
    paths = files.map(\.label)
    for (f, file) in files.enumerated() {
      for (i, segment) in file.document.segments.enumerated() {
        items.append(Item(file: f, index: i, segment: segment))
      }
      results.append(.success(file))
    }
    done = true
  }

  private func readAll() {
    for (f, path) in paths.enumerated() {
      var index = 0
      let result = Result { () throws(Diagnostic) -> BilingualFile in
        try BilingualFile.read(path: path) { segment in
          self.condition.lock()
          self.items.append(Item(file: f, index: index, segment: segment))
          if self.items.count - self.taken >= self.wanted { self.condition.broadcast() }
          self.condition.unlock()
          index += 1
        }
      }
      condition.lock()
      results.append(result)
      condition.unlock()
      // A file that cannot be read ends the run: the rest need not be read.
      if case .failure = result { break }
    }
    condition.lock()
    done = true
    condition.broadcast()
    condition.unlock()
  }

  /// The segments read and not yet taken, waiting until there are `batch` of them or
  /// reading has ended; `nil` when everything has been taken.
  func take(batch: Int) -> [Item]? {
    condition.lock()
    defer { condition.unlock() }
    wanted = batch
    while items.count - taken < batch && !done { condition.wait() }
    wanted = Int.max
    guard taken < items.count else { return nil }
    let next = Array(items[taken...])
    taken = items.count
    return next
  }

  /// The files read, in the order of `paths`, once reading has ended: every file, or
  /// those before the first that could not be read, then that one's diagnostic.
  public func files() -> [Result<BilingualFile, Diagnostic>] {
    condition.lock()
    defer { condition.unlock() }
    while !done { condition.wait() }
    return results
  }
}
