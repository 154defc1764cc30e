/// Word characters and case folding for term matching, on UTF-8 bytes.
///
/// A word character is a Unicode letter or number or `_` (Python's `str.isalnum()` or
/// `_`, the `\w` of the comparison rule that `TermMatcher` implements). Matching works on
/// lower-cased words: ASCII by a bit flip, other scalars by their Unicode lower-case mapping.
package enum TermText {
  /// Whether an ASCII byte is a word character.
  @inline(__always)
  package static func isASCIIWord(_ b: UInt8) -> Bool {
    (b >= 0x61 && b <= 0x7A) || (b >= 0x41 && b <= 0x5A) || (b >= 0x30 && b <= 0x39) || b == 0x5F
  }

  static func isWordScalar(_ s: Unicode.Scalar) -> Bool {
    if s.value < 0x80 { return isASCIIWord(UInt8(s.value)) }
    switch s.properties.generalCategory {
    case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
      .decimalNumber, .letterNumber, .otherNumber:
      return true
    default:
      return false
    }
  }

  /// Whether the scalar starting at byte `i` is a word character, and its byte length.
  @inline(__always)
  package static func wordCharacter(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> (
    isWord: Bool, length: Int
  ) {
    let b = bytes[i]
    if b < 0x80 { return (isASCIIWord(b), 1) }
    let length = UTF8Bytes.sequenceLength(bytes, at: i)
    guard length > 0 else { return (false, 1) }
    return (isWordScalar(UTF8Bytes.decode(bytes, at: i, length: length)), length)
  }

  /// End of the run of word characters (`words: true`) or of other characters
  /// (`words: false`) that starts at `start`, at most `end`.
  @inline(__always)
  package static func runEnd(
    _ bytes: UnsafeBufferPointer<UInt8>, from start: Int, end: Int, words: Bool
  )
    -> Int
  {
    var i = start
    while i < end {
      let b = bytes[i]
      if b < 0x80 {
        if isASCIIWord(b) != words { break }
        i += 1
      } else {
        let (isWord, length) = wordCharacter(bytes, at: i)
        if isWord != words { break }
        i += length
      }
    }
    return i
  }

  /// Appends the lower-cased bytes of `bytes[range]` to `out`.
  @inline(__always)
  package static func appendLowercased(
    _ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, to out: inout [UInt8]
  ) {
    var i = range.lowerBound
    while i < range.upperBound {
      let b = bytes[i]
      if b < 0x80 {
        out.append(b >= 0x41 && b <= 0x5A ? b | 0x20 : b)
        i += 1
        continue
      }
      let length = max(1, UTF8Bytes.sequenceLength(bytes, at: i))
      if length > 1 {
        let scalar = UTF8Bytes.decode(bytes, at: i, length: length)
        if scalar.properties.changesWhenLowercased {
          out.append(contentsOf: scalar.properties.lowercaseMapping.utf8)
        } else {
          for k in i..<(i + length) { out.append(bytes[k]) }
        }
      } else {
        out.append(b)
      }
      i += length
    }
  }

  /// Splits a lower-cased term into alternating word and separator runs, starting and
  /// ending with a word run. Returns `nil` when the term does not start and end with a
  /// word character (such a term can never match at word boundaries).
  package static func runs(of term: [UInt8]) -> [ArraySlice<UInt8>]? {
    term.withUnsafeBufferPointer { b -> [ArraySlice<UInt8>]? in
      var runs: [ArraySlice<UInt8>] = []
      var i = 0
      var start = 0
      var inWord: Bool? = nil
      while i < b.count {
        let (isWord, length) = wordCharacter(b, at: i)
        if inWord == nil {
          guard isWord else { return nil }
          inWord = true
        } else if isWord != inWord {
          runs.append(term[start..<i])
          start = i
          inWord = isWord
        }
        i += length
      }
      guard inWord == true else { return nil }
      runs.append(term[start..<b.count])
      return runs
    }
  }
}
