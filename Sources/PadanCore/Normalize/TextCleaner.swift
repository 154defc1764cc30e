/// The byte-level cleaning pass that runs before ICU normalisation.
///
/// In one pass over the original bytes it validates UTF-8, removes a BOM, turns CRLF and
/// CR into LF, drops control and invisible formatting characters, removes HTML tags
/// (block tags become line breaks), decodes character references, turns unusual spaces
/// into a plain space, collapses runs of spaces and trims every line. Every change is
/// recorded as a `SourceMap.Change`, so the output maps back to the input byte for byte.
struct TextCleaner {
  /// An ill-formed UTF-8 sequence: offset of its first byte in the input, and that byte.
  struct InvalidByte: Error, Hashable, Sendable {
    var offset: Int
    var byte: UInt8
  }

  struct Output {
    var bytes: [UInt8]
    var changes: [SourceMap.Change]
    /// Ill-formed sequences replaced by U+FFFD (lossy mode only).
    var replaced: [InvalidByte]
    /// Whether every scalar of the output is an NFC-stable starter (see `isNFCStarter`), so
    /// that the text is already NFC and ICU's pass can be skipped.
    var isKnownNFC: Bool
  }

  /// Cleans `input`.
  ///
  /// - Parameter lossy: replace ill-formed UTF-8 with U+FFFD instead of failing.
  /// - Throws: `InvalidByte` for the first ill-formed sequence when `lossy` is false.
  /// - Complexity: O(n).
  static func clean(_ input: UnsafeBufferPointer<UInt8>, lossy: Bool) throws(InvalidByte) -> Output
  {
    var state = State(capacity: input.count)
    try state.run(input, lossy: lossy)
    return Output(
      bytes: state.out, changes: state.changes, replaced: state.replaced,
      isKnownNFC: state.isKnownNFC)
  }

  private struct State {
    var out: [UInt8] = []
    var changes: [SourceMap.Change] = []
    var replaced: [InvalidByte] = []
    var lineHasContent = false
    /// Source start of the pending run of spaces and removed bytes, or -1.
    var pendingStart = -1
    /// Whether the pending run is exactly one ASCII space (kept without a change).
    var pendingIsOneSpace = false
    var isKnownNFC = true

    init(capacity: Int) { out.reserveCapacity(capacity) }

    mutating func record(_ s0: Int, _ s1: Int, _ d0: Int, _ d1: Int) {
      if let last = changes.last, last.source.end == s0, last.destination.end == d0 {
        changes[changes.count - 1].source.end = s1
        changes[changes.count - 1].destination.end = d1
      } else {
        changes.append(
          SourceMap.Change(
            source: ByteRange(start: s0, end: s1), destination: ByteRange(start: d0, end: d1)))
      }
    }

    /// A space, or removed bytes inside a run of spaces.
    @inline(__always)
    mutating func space(_ s0: Int, _ s1: Int, plain: Bool) {
      if pendingStart < 0 {
        pendingStart = s0
        pendingIsOneSpace = plain && s1 - s0 == 1
      } else {
        pendingIsOneSpace = false
      }
    }

    /// Bytes that produce nothing (tags, controls).
    mutating func remove(_ s0: Int, _ s1: Int) {
      if pendingStart >= 0 {
        pendingIsOneSpace = false
      } else {
        record(s0, s1, out.count, out.count)
      }
    }

    /// Resolves a pending run before visible text at source offset `at`.
    @inline(__always)
    mutating func flushBeforeText(at s: Int) {
      guard pendingStart >= 0 else { return }
      if lineHasContent {
        let d = out.count
        out.append(0x20)
        if !pendingIsOneSpace { record(pendingStart, s, d, d + 1) }
      } else {
        record(pendingStart, s, out.count, out.count)
      }
      pendingStart = -1
    }

    mutating func endLine(_ s0: Int, _ s1: Int, plain: Bool) {
      if pendingStart >= 0 {
        record(pendingStart, s0, out.count, out.count)
        pendingStart = -1
      }
      let d = out.count
      out.append(0x0A)
      if !plain { record(s0, s1, d, d + 1) }
      lineHasContent = false
    }

    mutating func text(_ scalar: Unicode.Scalar, _ s0: Int, _ s1: Int, replaced: Bool) {
      flushBeforeText(at: s0)
      let d = out.count
      let v = scalar.value
      if !TextCleaner.isNFCStarter(v) { isKnownNFC = false }
      if v < 0x80 {
        out.append(UInt8(v))
      } else {
        for unit in UTF8.encode(scalar)! { out.append(unit) }
      }
      if replaced { record(s0, s1, d, out.count) }
      lineHasContent = true
    }

    /// Handles a decoded scalar by its class.
    mutating func scalar(_ scalar: Unicode.Scalar, _ s0: Int, _ s1: Int, replaced: Bool) {
      switch scalar.value {
      case 0x00A0, 0x1680, 0x2000...0x200B, 0x202F, 0x205F, 0x2060, 0x3000, 0x180E:
        space(s0, s1, plain: false)
      case 0xFEFF:
        if s0 == 0 { remove(s0, s1) } else { space(s0, s1, plain: false) }
      case 0x09, 0x20:
        space(s0, s1, plain: !replaced && scalar.value == 0x20)
      case 0x0A, 0x0085, 0x2028, 0x2029:
        endLine(s0, s1, plain: false)
      case 0x00...0x1F, 0x7F...0x9F, 0x00AD, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069:
        remove(s0, s1)
      default:
        text(scalar, s0, s1, replaced: replaced)
      }
    }

    mutating func run(_ input: UnsafeBufferPointer<UInt8>, lossy: Bool) throws(InvalidByte) {
      let n = input.count
      var i = 0
      while i < n {
        let b = input[i]
        // Fast path: a run of printable ASCII (other than the two markup bytes) with
        // single spaces between words is copied unchanged in one go.
        if TextCleaner.isPlain(b) {
          if pendingStart >= 0 { flushBeforeText(at: i) }
          var j = i + 1
          // Eight bytes at a time while they are plain ASCII with single spaces.
          if let base = input.baseAddress {
            while j + 8 <= n {
              let w = UnsafeRawPointer(base + j).loadUnaligned(as: UInt64.self)
              guard TextCleaner.isPlainWithSingleSpaces(w),
                !(input[j - 1] == 0x20 && input[j] == 0x20)
              else { break }
              j += 8
            }
          }
          while j < n {
            let c = input[j]
            if TextCleaner.isPlain(c) {
              j += 1
            } else if c == 0x20 && j + 1 < n && TextCleaner.isPlain(input[j + 1]) {
              j += 2
            } else {
              break
            }
          }
          out.append(contentsOf: UnsafeBufferPointer(rebasing: input[i..<j]))
          lineHasContent = true
          i = j
          continue
        }
        switch b {
        case 0x20:
          space(i, i + 1, plain: true)
          i += 1
        case 0x0A:
          endLine(i, i + 1, plain: true)
          i += 1
        case 0x0D:
          let end = i + 1 < n && input[i + 1] == 0x0A ? i + 2 : i + 1
          endLine(i, end, plain: false)
          i = end
        case 0x3C:  // <
          if let (end, isBlock) = TextCleaner.tag(input, at: i) {
            if isBlock { endLine(i, end, plain: false) } else { remove(i, end) }
            i = end
          } else {
            text("<", i, i + 1, replaced: false)
            i += 1
          }
        case 0x26:  // &
          if let (decoded, end) = HTMLEntities.decode(input, at: i) {
            scalar(decoded, i, end, replaced: true)
            i = end
          } else {
            text("&", i, i + 1, replaced: false)
            i += 1
          }
        case 0x00..<0x80:
          scalar(Unicode.Scalar(b), i, i + 1, replaced: false)
          i += 1
        default:
          let length = UTF8Bytes.sequenceLength(input, at: i)
          if length > 0 {
            let decoded = UTF8Bytes.decode(input, at: i, length: length)
            if TextCleaner.isOrdinaryText(decoded) {
              // Copy the bytes as they are: no class to apply.
              flushBeforeText(at: i)
              out.append(contentsOf: UnsafeBufferPointer(rebasing: input[i..<(i + length)]))
              if !TextCleaner.isNFCStarter(decoded.value) { isKnownNFC = false }
              lineHasContent = true
            } else {
              scalar(decoded, i, i + length, replaced: false)
            }
            i += length
          } else {
            let bad = -length
            guard lossy else { throw InvalidByte(offset: i, byte: b) }
            replaced.append(InvalidByte(offset: i, byte: b))
            text("\u{FFFD}", i, i + bad, replaced: true)
            i += bad
          }
        }
      }
      if pendingStart >= 0 {
        record(pendingStart, n, out.count, out.count)
        pendingStart = -1
      }
    }
  }

  /// Whether `v` has NFC_Quick_Check=Yes and canonical combining class 0, so that text made
  /// only of such scalars is already NFC: everything below U+0300, General Punctuation
  /// U+2010-U+205F, currency signs U+20A0-U+20BF, Arabic letters U+0621-U+064A and CJK
  /// unified ideographs U+4E00-U+9FFF. Combining marks that could compose with them fall
  /// outside these ranges, so their presence still sends the text through ICU.
  @inline(__always)
  static func isNFCStarter(_ v: UInt32) -> Bool {
    v < 0x300 || (0x2010...0x205F).contains(v) || (0x20A0...0x20BF).contains(v)
      || (0x0621...0x064A).contains(v) || (0x4E00...0x9FFF).contains(v)
  }

  /// A non-ASCII scalar that `State.scalar` would pass through as text unchanged.
  @inline(__always)
  static func isOrdinaryText(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x80...0xA0, 0x00AD, 0x0085, 0x1680, 0x180E, 0x2000...0x200F, 0x2028...0x202F,
      0x205F...0x206F, 0x3000, 0xFEFF:
      return false
    default:
      return true
    }
  }

  /// Whether eight bytes (little-endian) are printable ASCII other than `<` and `&`, with
  /// spaces only between other bytes: no two spaces in a row and no space last, so the
  /// copy loop may take them whole. Exact per byte: every step stays within a byte.
  @inline(__always)
  static func isPlainWithSingleSpaces(_ w: UInt64) -> Bool {
    let high: UInt64 = 0x8080_8080_8080_8080
    if w & high != 0 { return false }  // non-ASCII
    // For ASCII bytes x, (x + c) never carries into the next byte when x + c < 0x100.
    func equal(_ byte: UInt64) -> UInt64 {
      ~((w ^ (byte &* 0x0101_0101_0101_0101)) &+ 0x7F7F_7F7F_7F7F_7F7F) & high
    }
    let below21 = ~(w &+ 0x5F5F_5F5F_5F5F_5F5F) & high  // bytes < 0x21
    let spaces = equal(0x20)
    guard below21 == spaces else { return false }  // controls, tabs, newlines
    if equal(0x3C) | equal(0x26) | equal(0x7F) != 0 { return false }  // < & DEL
    if spaces & (spaces << 8) != 0 { return false }  // two spaces in a row
    return spaces & 0x8000_0000_0000_0000 == 0  // a space last could precede a line end
  }

  /// Printable ASCII other than `<` and `&`: bytes the cleaner copies unchanged.
  @inline(__always)
  static func isPlain(_ b: UInt8) -> Bool { b > 0x20 && b < 0x7F && b != 0x3C && b != 0x26 }

  /// Tags whose start or end separates lines of text.
  static let blockTags: Set<String> = [
    "br", "p", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "table",
    "blockquote", "section", "article", "header", "footer", "figure", "figcaption", "hr",
  ]

  /// Recognises an HTML tag, comment or declaration starting with `<` at `start`.
  ///
  /// - Returns: the offset past it and whether it breaks a line; `nil` when `<` is text.
  ///   `<script>` and `<style>` elements are removed with their content.
  static func tag(_ s: UnsafeBufferPointer<UInt8>, at start: Int) -> (end: Int, isBlock: Bool)? {
    let n = s.count
    var i = start + 1
    guard i < n else { return nil }
    let first = s[i]
    let isLetter = { (b: UInt8) in (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A }
    if first == UInt8(ascii: "!") && i + 2 < n && s[i + 1] == 0x2D && s[i + 2] == 0x2D {
      // Comment: up to "-->".
      var j = i + 3
      while j + 2 < n {
        if s[j] == 0x2D && s[j + 1] == 0x2D && s[j + 2] == 0x3E { return (j + 3, false) }
        j += 1
      }
      return nil
    }
    guard
      isLetter(first) || first == UInt8(ascii: "/") || first == UInt8(ascii: "!")
        || first == UInt8(ascii: "?")
    else { return nil }
    if first == UInt8(ascii: "/") {
      i += 1
      guard i < n, isLetter(s[i]) else { return nil }
    }
    let nameStart = i
    while i < n, isLetter(s[i]) || (s[i] >= 0x30 && s[i] <= 0x39) { i += 1 }
    var name = String(decoding: UnsafeBufferPointer(rebasing: s[nameStart..<i]), as: UTF8.self)
    name = name.lowercased()
    // Find the closing '>' outside quoted attribute values, within a sane distance.
    var quote: UInt8 = 0
    var j = i
    let limit = min(n, start + 8192)
    while j < limit {
      let b = s[j]
      if quote != 0 {
        if b == quote { quote = 0 }
      } else if b == 0x22 || b == 0x27 {
        if j > i && (s[j - 1] == 0x3D || s[j - 1] == 0x20) { quote = b }
      } else if b == 0x3E {
        break
      } else if b == 0x3C {
        return nil
      }
      j += 1
    }
    guard j < limit else { return nil }
    var end = j + 1
    if first != UInt8(ascii: "/") && (name == "script" || name == "style") {
      // Skip to the matching end tag.
      let close = Array("</\(name)".utf8)
      var k = end
      search: while k + close.count <= n {
        var m = 0
        while m < close.count {
          if s[k + m] | (m >= 2 ? 0x20 : 0) != close[m] { k += 1; continue search }
          m += 1
        }
        var e = k + close.count
        while e < n && s[e] != 0x3E { e += 1 }
        end = min(n, e + 1)
        break
      }
    }
    return (end, blockTags.contains(name))
  }
}
