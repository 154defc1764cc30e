internal import CICU

/// Owns one ICU collator (`UCollator`) for a locale: language-aware string order.
///
/// ICU's default (tertiary) strength applies: base letters first, then accents, then case,
/// so "Eropa" and "Éropa" sort next to each other and lower case comes before upper case
/// for otherwise equal strings. The handle is closed in `deinit`.
public final class Collator {
  private let handle: OpaquePointer

  /// Opens the collator for `locale` (for example "id").
  ///
  /// A locale without its own rules falls back to ICU's root collation; that is not an error.
  ///
  /// - Throws: `ICUError` when ICU cannot open a collator.
  public init(locale: String = "id") throws(ICUError) {
    var status: Int32 = 0
    let opened = locale.withCString { cicu_collator_open($0, &status) }
    try ICUError.check(status)
    guard let opened else { throw ICUError.memoryAllocation }
    handle = opened
  }

  deinit { cicu_collator_close(handle) }

  /// The order of `a` and `b` under this collator.
  ///
  /// - Returns: `.orderedAscending`-style result as an `Int`: -1, 0 or 1.
  /// - Throws: `ICUError` for strings ICU rejects (over 2 GiB).
  public func compare(_ a: String, _ b: String) throws(ICUError) -> Int {
    var a = a
    var b = b
    var status: Int32 = 0
    let result = a.withUTF8 { x in
      b.withUTF8 { y in
        cicu_collator_compare_utf8(
          handle, x.baseAddress, Int32(x.count), y.baseAddress, Int32(y.count), &status)
      }
    }
    try ICUError.check(status)
    return Int(result)
  }

  /// Whether `a` sorts strictly before `b`.
  public func precedes(_ a: String, _ b: String) throws(ICUError) -> Bool {
    try compare(a, b) < 0
  }

  /// The ICU sort key of `string`: comparing keys bytewise (`lexicographicallyPrecedes`)
  /// gives the same order as ``compare(_:_:)``, so a list can be sorted with one key per item.
  ///
  /// - Returns: the key bytes, ending with ICU's 0 terminator.
  /// - Throws: `ICUError` when ICU fails.
  /// - Complexity: O(n) in the length of `string`.
  public func sortKey(_ string: String) throws(ICUError) -> [UInt8] {
    var text = string
    var capacity = text.utf8.count * 4 + 16
    while true {
      var status: Int32 = 0
      var key = [UInt8](repeating: 0, count: capacity)
      let needed = text.withUTF8 { bytes in
        key.withUnsafeMutableBufferPointer { out in
          cicu_collator_sort_key_utf8(
            handle, bytes.baseAddress, Int32(bytes.count), out.baseAddress, Int32(capacity),
            &status)
        }
      }
      try ICUError.check(status)
      if Int(needed) <= capacity {
        key.removeLast(capacity - Int(needed))
        return key
      }
      capacity = Int(needed)
    }
  }
}
