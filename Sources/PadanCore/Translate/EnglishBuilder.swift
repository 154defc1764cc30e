/// Assembles English text piece by piece, spacing words and punctuation as English does and
/// recording the span of every piece.
struct EnglishBuilder {
  private(set) var text = ""
  /// Whether the last piece opened a bracket or quote, so the next piece joins it.
  private var afterOpener = true
  private var openStraightQuote = false

  static let closers: Set<Character> = [
    ".", ",", ";", ":", "!", "?", ")", "]", "}", "”", "’", "%", "…",
  ]
  static let openers: Set<Character> = ["(", "[", "{", "“", "‘"]

  /// Appends words (or a glossary target) and returns their span.
  mutating func appendWords(_ words: String, joined: Bool = false) -> ByteRange {
    guard !words.isEmpty else { return ByteRange(start: text.utf8.count, end: text.utf8.count) }
    if !text.isEmpty && !afterOpener && !joined { text += " " }
    let start = text.utf8.count
    text += words
    afterOpener = false
    return ByteRange(start: start, end: text.utf8.count)
  }

  /// Appends a punctuation mark; `spaceBefore` and `spaceAfter` say how it was spaced in
  /// the source, for marks whose English spacing is not fixed (dashes, slashes).
  mutating func appendPunctuation(_ mark: String, spaceBefore: Bool, spaceAfter: Bool) {
    guard let first = mark.first else { return }
    if mark == "\"" {
      // A straight quote closes when the source spaces it like a closer (`word," kata`)
      // and opens when spaced like an opener (` "Word`); otherwise it alternates.
      if !spaceBefore && spaceAfter && !text.isEmpty { openStraightQuote = true }
      if spaceBefore && !spaceAfter { openStraightQuote = false }
      if openStraightQuote {
        text += mark
        afterOpener = false
      } else {
        if !text.isEmpty && !afterOpener { text += " " }
        text += mark
        afterOpener = true
      }
      openStraightQuote.toggle()
      return
    }
    if Self.closers.contains(first) {
      text += mark
      afterOpener = false
    } else if Self.openers.contains(first) {
      if !text.isEmpty && !afterOpener { text += " " }
      text += mark
      afterOpener = true
    } else {
      if !text.isEmpty && !afterOpener && spaceBefore { text += " " }
      text += mark
      afterOpener = !spaceAfter
    }
  }
}
