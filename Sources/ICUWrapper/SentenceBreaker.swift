internal import CICU

/// Owns one ICU sentence break iterator and its UTF-8 `UText`.
///
/// Not thread-safe: use one instance per thread. The handles are closed in `deinit`.
public final class SentenceBreaker {
  private let handle: OpaquePointer
  private var batch = [Int64](repeating: 0, count: 256)

  /// Opens an iterator with ICU's sentence rules for `locale`.
  ///
  /// - Throws: `ICUError` when ICU cannot open the iterator.
  public init(locale: String = "id") throws(ICUError) {
    var status: Int32 = 0
    let opened = locale.withCString { cicu_sentence_iter_open($0, &status) }
    try ICUError.check(status)
    guard let opened else { throw ICUError.memoryAllocation }
    handle = opened
  }

  deinit { cicu_sentence_iter_close(handle) }

  /// Calls `body` with every sentence boundary ICU finds in `text`.
  ///
  /// Boundaries are UTF-8 byte offsets into `text`, 0-based, in increasing order; the
  /// end of the text is included, the start is not.
  ///
  /// - Parameters:
  ///   - text: well-formed UTF-8; it only needs to live for the duration of the call.
  ///   - body: receives each boundary offset.
  /// - Throws: `ICUError` when ICU rejects the text.
  /// - Complexity: O(n) in the length of `text`.
  public func forEachBoundary(
    in text: UnsafeBufferPointer<UInt8>,
    _ body: (Int) -> Void
  ) throws(ICUError) {
    var status: Int32 = 0
    cicu_sentence_iter_set_utf8(handle, text.baseAddress, Int64(text.count), &status)
    try ICUError.check(status)
    let capacity = Int32(batch.count)
    try batch.withUnsafeMutableBufferPointer { (out) throws(ICUError) in
      while true {
        let n = cicu_sentence_iter_next_batch(handle, out.baseAddress, capacity)
        for i in 0..<Int(n) { body(Int(out[i])) }
        if n < capacity { break }
      }
    }
    // Detach from the caller's bytes, which are only valid during this call.
    cicu_sentence_iter_set_utf8(handle, nil, 0, &status)
  }

  /// All sentence boundaries in `text` (see ``forEachBoundary(in:_:)``).
  public func boundaries(in text: UnsafeBufferPointer<UInt8>) throws(ICUError) -> [Int] {
    var result: [Int] = []
    try forEachBoundary(in: text) { result.append($0) }
    return result
  }
}
