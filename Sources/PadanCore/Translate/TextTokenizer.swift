/// One token of a segment's text, for translation.
public struct TextToken: Hashable, Sendable {
  public enum Kind: Sendable, Hashable {
    /// Letters, with inner hyphens, apostrophes and digits (`negara-negara`, `G20`).
    case word
    /// Digits, with inner `.` and `,` between digits (`10.000`, `1,5`).
    case number
    /// Any other single character (punctuation, quotes, symbols).
    case punctuation
  }

  public var kind: Kind
  /// UTF-8 byte range in the segment text.
  public var range: ByteRange
  /// Whether white space precedes the token.
  public var spaceBefore: Bool
}

/// Splits a segment into words, numbers and punctuation marks.
public enum TextTokenizer {
  public static func tokens(of text: String) -> [TextToken] {
    let scalars = Array(text.unicodeScalars)
    var offsets: [Int] = []
    offsets.reserveCapacity(scalars.count + 1)
    var offset = 0
    for scalar in scalars {
      offsets.append(offset)
      offset += UTF8.width(scalar)
    }
    offsets.append(offset)

    func isLetter(_ s: Unicode.Scalar) -> Bool {
      if s.value < 0x80 {
        return (s.value | 0x20) >= 0x61 && (s.value | 0x20) <= 0x7A
      }
      return s.properties.isAlphabetic || s.properties.generalCategory == .nonspacingMark
    }
    func isDigit(_ s: Unicode.Scalar) -> Bool {
      if s.value < 0x80 { return s.value >= 0x30 && s.value <= 0x39 }
      return s.properties.numericType == .decimal
    }
    func isSpace(_ s: Unicode.Scalar) -> Bool {
      if s.value < 0x80 { return s == " " || s == "\t" || s == "\n" || s == "\r" }
      return s.properties.isWhitespace
    }
    func isJoiner(_ s: Unicode.Scalar) -> Bool { s == "-" || s == "'" || s == "\u{2019}" }

    var tokens: [TextToken] = []
    var i = 0
    var space = false
    while i < scalars.count {
      let s = scalars[i]
      if isSpace(s) {
        space = true
        i += 1
        continue
      }
      let start = i
      let kind: TextToken.Kind
      if isLetter(s) {
        kind = .word
        i += 1
        while i < scalars.count {
          let c = scalars[i]
          if isLetter(c) {
            i += 1
          } else if isDigit(c),
            scalars[start..<i].allSatisfy({
              !($0.value >= 0x61 && $0.value <= 0x7A) && !$0.properties.isLowercase
            }) || isDigit(scalars[i - 1])
          {
            // Digits join acronyms (`G20`) but not a currency sign (`Rp14.000`).
            i += 1
          } else if isJoiner(c), i + 1 < scalars.count, isLetter(scalars[i + 1]) {
            i += 2
          } else {
            break
          }
        }
      } else if isDigit(s) {
        kind = .number
        i += 1
        while i < scalars.count {
          let c = scalars[i]
          if isDigit(c) {
            i += 1
          } else if c == "." || c == "," || c == ":", i + 1 < scalars.count,
            isDigit(scalars[i + 1])
          {
            i += 2
          } else {
            break
          }
        }
      } else {
        kind = .punctuation
        i += 1
      }
      tokens.append(
        TextToken(
          kind: kind, range: ByteRange(start: offsets[start], end: offsets[i]), spaceBefore: space))
      space = false
    }
    return tokens
  }
}
