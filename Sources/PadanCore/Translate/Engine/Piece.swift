/// One piece of the English sentence, in English order.
struct Piece {
  var text: String
  /// Lexemes that produced it; empty for a word the rules inserted (an article, "is").
  var lexemes: [Int]
  var isPunctuation = false
  /// For punctuation: how it was spaced in the source.
  var spaceBefore = true
  var spaceAfter = true
  /// Written with no space after the previous piece (`Rp` `60`).
  var joinsPrevious = false
  /// The rule that made it (`transfer/verb-group.rules:12 vg.future`), for `--explain`; nil
  /// for a word translated as it stands.
  var rule: String?
}
