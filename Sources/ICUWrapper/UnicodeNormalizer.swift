internal import CICU

/// A Unicode normalisation form that ICU applies.
public enum NormalizationForm: String, Sendable, CaseIterable {
  case nfc
  case nfkc
  /// NFKC plus case folding (`NFKC_Casefold`), for matching.
  case nfkcCasefold

  var code: Int32 {
    switch self {
    case .nfc: Int32(CICU_NFC)
    case .nfkc: Int32(CICU_NFKC)
    case .nfkcCasefold: Int32(CICU_NFKC_CASEFOLD)
    }
  }
}

/// One changed span reported by ICU's `Edits`.
///
/// Offsets are UTF-8 byte offsets, 0-based: `source*` into the input, `destination*`
/// into the normalised output.
public struct NormalizationChange: Hashable, Sendable {
  public var sourceStart: Int
  public var sourceLength: Int
  public var destinationStart: Int
  public var destinationLength: Int

  public init(sourceStart: Int, sourceLength: Int, destinationStart: Int, destinationLength: Int) {
    self.sourceStart = sourceStart
    self.sourceLength = sourceLength
    self.destinationStart = destinationStart
    self.destinationLength = destinationLength
  }
}

/// Normalises UTF-8 with ICU's `Normalizer2`, without a UTF-16 round trip.
///
/// The ICU normaliser instances are owned by ICU and are never closed.
public enum UnicodeNormalizer {
  /// Normalises `text`, returning the bytes and the changed spans.
  ///
  /// - Parameters:
  ///   - text: well-formed UTF-8.
  ///   - form: the normalisation form.
  /// - Returns: the normalised UTF-8 and ICU's coarse changes, in order. Text that is
  ///   already normalised yields the same bytes and no changes.
  /// - Throws: `ICUError` when ICU fails (for example on inputs over 2 GiB).
  /// - Complexity: O(n).
  public static func normalize(
    _ text: UnsafeBufferPointer<UInt8>,
    form: NormalizationForm
  ) throws(ICUError) -> (bytes: [UInt8], changes: [NormalizationChange]) {
    var status: Int32 = 0
    let result = cicu_normalize_utf8(form.code, text.baseAddress, Int64(text.count), &status)
    try ICUError.check(status)
    guard let result else { throw ICUError.memoryAllocation }
    defer { cicu_normalized_free(result) }
    var length: Int64 = 0
    let pointer = cicu_normalized_bytes(result, &length)
    let bytes = length == 0 ? [] : Array(UnsafeBufferPointer(start: pointer, count: Int(length)))
    let count = cicu_normalized_change_count(result)
    var changes: [NormalizationChange] = []
    changes.reserveCapacity(Int(count))
    for i in 0..<count {
      var s: Int64 = 0
      var sl: Int64 = 0
      var d: Int64 = 0
      var dl: Int64 = 0
      cicu_normalized_change(result, i, &s, &sl, &d, &dl)
      changes.append(
        NormalizationChange(
          sourceStart: Int(s), sourceLength: Int(sl),
          destinationStart: Int(d), destinationLength: Int(dl)))
    }
    return (bytes, changes)
  }

  /// Whether `text` is already in `form` (ICU's full check, not only the quick check).
  ///
  /// - Throws: `ICUError` when ICU fails.
  public static func isNormalized(
    _ text: UnsafeBufferPointer<UInt8>,
    form: NormalizationForm
  ) throws(ICUError) -> Bool {
    var status: Int32 = 0
    let answer = cicu_is_normalized_utf8(form.code, text.baseAddress, Int64(text.count), &status)
    try ICUError.check(status)
    return answer == 1
  }

  /// Convenience for Swift strings: the normalised string.
  public static func normalize(_ string: String, form: NormalizationForm) throws(ICUError) -> String
  {
    let bytes = Array(string.utf8)
    let (normalized, _) = try bytes.withUnsafeBufferPointer { (buffer) throws(ICUError) in
      try normalize(buffer, form: form)
    }
    return String(decoding: normalized, as: UTF8.self)
  }
}
