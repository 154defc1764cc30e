#if canImport(Glibc)
  internal import Glibc
#endif

/// Small byte-level helpers over normalised UTF-8 text (single spaces, LF line ends).
struct TextBytes {
  let bytes: UnsafeBufferPointer<UInt8>

  /// Offset of the first `byte` in `from..<end`, or `end` (memchr, vectorised by libc).
  @inline(__always)
  func firstIndex(of byte: UInt8, from: Int, end: Int) -> Int {
    guard from < end, let base = bytes.baseAddress else { return end }
    guard let found = memchr(base + from, Int32(byte), end - from) else { return end }
    return base.distance(to: found.assumingMemoryBound(to: UInt8.self))
  }

  subscript(i: Int) -> UInt8 { bytes[i] }

  /// `range` without leading and trailing ASCII spaces.
  func trimmed(_ range: ByteRange) -> ByteRange {
    var s = range.start
    var e = range.end
    while s < e && bytes[s] == 0x20 { s += 1 }
    while e > s && bytes[e - 1] == 0x20 { e -= 1 }
    return ByteRange(start: s, end: e)
  }

  func string(_ range: ByteRange) -> String {
    String(decoding: UnsafeBufferPointer(rebasing: bytes[range.start..<range.end]), as: UTF8.self)
  }

  /// ASCII-lower-cased bytes of `range` (other bytes unchanged).
  func lowercasedBytes(_ range: ByteRange) -> [UInt8] {
    var copy = Array(bytes[range.start..<range.end])
    for i in copy.indices where copy[i] >= 0x41 && copy[i] <= 0x5A { copy[i] |= 0x20 }
    return copy
  }

  /// ASCII-lower-cased text of `range` (other characters unchanged).
  func lowercased(_ range: ByteRange) -> String {
    String(decoding: lowercasedBytes(range), as: UTF8.self)
  }

  /// Number of space-separated words, counting no further than `limit`.
  func wordCount(_ range: ByteRange, limit: Int = .max) -> Int {
    guard !range.isEmpty else { return 0 }
    var n = 1
    var i = range.start
    while i < range.end && n < limit {
      if bytes[i] == 0x20 { n += 1 }
      i += 1
    }
    return n
  }

  func equal(_ a: ByteRange, _ b: ByteRange) -> Bool {
    guard a.count == b.count else { return false }
    for k in 0..<a.count where bytes[a.start + k] != bytes[b.start + k] { return false }
    return true
  }

  /// FNV-1a of the length and the first 64 bytes: cheap, and exact equality is checked
  /// with `equal` on a hit.
  func hash(_ range: ByteRange) -> UInt64 {
    var h: UInt64 = 0xcbf2_9ce4_8422_2325 ^ UInt64(range.count)
    for i in range.start..<min(range.end, range.start + 64) {
      h ^= UInt64(bytes[i])
      h = h &* 0x100_0000_01b3
    }
    return h
  }

  static func isUpper(_ b: UInt8) -> Bool { b >= 0x41 && b <= 0x5A }
  static func isLower(_ b: UInt8) -> Bool { b >= 0x61 && b <= 0x7A }
  static func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }
  static func isLetter(_ b: UInt8) -> Bool { isUpper(b) || isLower(b) }

  /// Whether the scalar starting at `i` is an upper-case letter (ASCII or Latin-1/Latin-A).
  func startsUpper(at i: Int) -> Bool {
    let b = bytes[i]
    if b < 0x80 { return Self.isUpper(b) }
    if let scalar = scalar(at: i) { return scalar.properties.isUppercase }
    return false
  }

  func startsLower(at i: Int) -> Bool {
    let b = bytes[i]
    if b < 0x80 { return Self.isLower(b) }
    if let scalar = scalar(at: i) { return scalar.properties.isLowercase }
    return false
  }

  func scalar(at i: Int) -> Unicode.Scalar? {
    let length = UTF8Bytes.sequenceLength(bytes, at: i)
    guard length > 0 else { return nil }
    return UTF8Bytes.decode(bytes, at: i, length: length)
  }

  /// Whether `b` closes a quotation or bracket: `"` `'` `)` `]` `»` and the curly closers.
  /// Returns the byte length of the closer ending at `end` (exclusive), or 0.
  func closerLength(endingAt end: Int, from start: Int) -> Int {
    guard end > start else { return 0 }
    let b = bytes[end - 1]
    if b == 0x22 || b == 0x27 || b == 0x29 || b == 0x5D { return 1 }
    // ” U+201D E2 80 9D, ’ U+2019 E2 80 99, » U+00BB C2 BB
    if end - start >= 3 && bytes[end - 3] == 0xE2 && bytes[end - 2] == 0x80
      && (b == 0x9D || b == 0x99)
    {
      return 3
    }
    if end - start >= 2 && bytes[end - 2] == 0xC2 && b == 0xBB { return 2 }
    return 0
  }

  /// Length of an opening quote or bracket starting at `i`, or 0.
  func openerLength(at i: Int, end: Int) -> Int {
    guard i < end else { return 0 }
    let b = bytes[i]
    if b == 0x22 || b == 0x27 || b == 0x28 || b == 0x5B { return 1 }
    // “ U+201C E2 80 9C, ‘ U+2018 E2 80 98, « U+00AB C2 AB
    if i + 2 < end && b == 0xE2 && bytes[i + 1] == 0x80
      && (bytes[i + 2] == 0x9C || bytes[i + 2] == 0x98)
    {
      return 3
    }
    if i + 1 < end && b == 0xC2 && bytes[i + 1] == 0xAB { return 2 }
    return 0
  }

  /// The last byte before any closing quotes and brackets at the end of `range`.
  func lastMeaningfulByte(_ range: ByteRange) -> (byte: UInt8, offset: Int)? {
    var e = range.end
    while true {
      let k = closerLength(endingAt: e, from: range.start)
      if k == 0 { break }
      e -= k
    }
    guard e > range.start else { return nil }
    // "…" U+2026 E2 80 A6 counts as a full stop.
    if e - range.start >= 3 && bytes[e - 3] == 0xE2 && bytes[e - 2] == 0x80 && bytes[e - 1] == 0xA6
    {
      return (0x2E, e - 3)
    }
    return (bytes[e - 1], e - 1)
  }

  /// Whether `range` ends with sentence-final punctuation (. ! ? …), closers aside.
  func endsSentence(_ range: ByteRange) -> Bool {
    guard let (b, _) = lastMeaningfulByte(range) else { return false }
    return b == 0x2E || b == 0x21 || b == 0x3F
  }
}
