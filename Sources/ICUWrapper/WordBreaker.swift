internal import CICU

/// Owns one ICU word break iterator and its UTF-8 `UText`.
///
/// Not thread-safe: use one instance per thread. The handles are closed in `deinit`.
public final class WordBreaker {
  /// What ICU's word rules say a piece between two boundaries is (`UWordBreak`).
  public enum Category: Sendable, Hashable {
    /// Not a word: spaces, punctuation, symbols.
    case none
    case number
    case letter
    case kana
    case ideograph

    init(status: Int32) {
      switch status {
      case 100..<200: self = .number
      case 200..<300: self = .letter
      case 300..<400: self = .kana
      case 400..<500: self = .ideograph
      default: self = .none
      }
    }

    /// Whether the piece is a word (number, letters, kana or ideographs).
    public var isWord: Bool { self != .none }
  }

  private let handle: OpaquePointer
  private var boundaries = [Int64](repeating: 0, count: 256)
  private var statuses = [Int32](repeating: 0, count: 256)

  /// Opens an iterator with ICU's word rules for `locale`.
  ///
  /// - Throws: `ICUError` when ICU cannot open the iterator.
  public init(locale: String = "id") throws(ICUError) {
    var status: Int32 = 0
    let opened = locale.withCString { cicu_word_iter_open($0, &status) }
    try ICUError.check(status)
    guard let opened else { throw ICUError.memoryAllocation }
    handle = opened
  }

  deinit { cicu_word_iter_close(handle) }

  /// Calls `body` with every piece between two word boundaries of `text`, in order.
  ///
  /// The pieces cover the whole text: words, and between them runs of spaces and single
  /// punctuation marks (category `.none`).
  ///
  /// - Parameters:
  ///   - text: well-formed UTF-8; it only needs to live for the duration of the call.
  ///   - body: receives the piece's start and end (UTF-8 byte offsets into `text`, 0-based,
  ///     end exclusive) and its category.
  /// - Throws: `ICUError` when ICU rejects the text.
  /// - Complexity: O(n) in the length of `text`.
  public func forEachPiece(
    in text: UnsafeBufferPointer<UInt8>,
    _ body: (Int, Int, Category) -> Void
  ) throws(ICUError) {
    var status: Int32 = 0
    cicu_word_iter_set_utf8(handle, text.baseAddress, Int64(text.count), &status)
    try ICUError.check(status)
    let capacity = Int32(boundaries.count)
    var start = 0
    boundaries.withUnsafeMutableBufferPointer { ends in
      statuses.withUnsafeMutableBufferPointer { kinds in
        while true {
          let n = cicu_word_iter_next_batch(handle, ends.baseAddress, kinds.baseAddress, capacity)
          for i in 0..<Int(n) {
            let end = Int(ends[i])
            body(start, end, Category(status: kinds[i]))
            start = end
          }
          if n < capacity { break }
        }
      }
    }
    // Detach from the caller's bytes, which are only valid during this call.
    cicu_word_iter_set_utf8(handle, nil, 0, &status)
  }

  /// All pieces of `text` (see ``forEachPiece(in:_:)``) as byte ranges with categories.
  public func pieces(in text: String) throws(ICUError) -> [(range: Range<Int>, category: Category)]
  {
    var copy = text
    var result: [(range: Range<Int>, category: Category)] = []
    let failure: ICUError? = copy.withUTF8 { bytes in
      do throws(ICUError) {
        try forEachPiece(in: bytes) { result.append(($0..<$1, $2)) }
        return nil
      } catch {
        return error
      }
    }
    if let failure { throw failure }
    return result
  }
}
