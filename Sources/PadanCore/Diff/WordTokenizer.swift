internal import ICUWrapper

/// Splits a text at ICU word boundaries into the pieces a word diff compares: words,
/// punctuation marks and runs of white space, covering the whole text.
///
/// Holds an ICU iterator, so one instance serves one thread.
final class WordTokenizer {
  struct Piece {
    var text: Substring
    /// The piece is white space only.
    var isSpace: Bool
  }

  private let breaker: WordBreaker?

  /// Opens ICU's word rules for `locale`; if ICU cannot, pieces are split at spaces.
  init(locale: String = "en") {
    breaker = try? WordBreaker(locale: locale)
  }

  /// The pieces of `text`, in order.
  func pieces(_ text: String) -> [Piece] {
    var pieces: [Piece] = []
    if let breaker, let ranges = try? breaker.pieces(in: text) {
      let utf8 = text.utf8
      var index = utf8.startIndex
      var offset = 0
      for (range, category) in ranges {
        let start = utf8.index(index, offsetBy: range.lowerBound - offset)
        let end = utf8.index(start, offsetBy: range.count)
        let piece = text[start..<end]
        pieces.append(Piece(text: piece, isSpace: !category.isWord && Self.isSpace(piece)))
        index = end
        offset = range.upperBound
      }
      return pieces
    }
    var i = text.startIndex
    while i < text.endIndex {
      let space = text[i].isWhitespace
      var j = text.index(after: i)
      while j < text.endIndex && text[j].isWhitespace == space { j = text.index(after: j) }
      pieces.append(Piece(text: text[i..<j], isSpace: space))
      i = j
    }
    return pieces
  }

  static func isSpace(_ s: Substring) -> Bool {
    !s.isEmpty && s.unicodeScalars.allSatisfy(\.properties.isWhitespace)
  }
}
