/// A noun phrase in English: its pieces, and what the clause needs to know of it.
struct NounPhrase {
  var end: Int
  var pieces: [Piece]
  var isPlural: Bool
  var isHuman: Bool
  /// The phrase stopped before a title and a person's name, which it owns ("of").
  var followedByOf = false

  /// Whether the English head reads as a plural (`troops`, `police`), for agreement.
  func looksPlural(_ pluralHeads: Set<String>) -> Bool {
    guard let head = pieces.last?.text.lowercased() else { return false }
    if pluralHeads.contains(head) { return true }
    return head.hasSuffix("s") && !head.hasSuffix("ss") && !head.hasSuffix("us")
      && !head.hasSuffix("is") && !head.hasSuffix("news")
  }
}

/// Writes a noun-phrase chunk in English: chooses the article, resolves a `-nya` possessor,
/// and puts the slots in the order of the first `order np.…` entry of
/// `Glossaries/rules/transfer/noun-phrase.rules` whose conditions hold. Every piece it
/// writes carries the reference of that order.
struct NounPhraseRealiser {
  /// What the clause around the phrase tells the realiser.
  struct Context {
    /// Whether "the" may be added (not in headlines, bylines and datelines).
    var articles = true
    /// The phrase follows "there is/are": it takes "a", not "the".
    var afterThereIs = false
    /// The phrase follows a measure's "of" (`five years of prison`): no article.
    var noArticle = false
    /// What `-nya` refers back to (his, its, their), when a subject has been read.
    var backReference: String?
  }

  let english: EnglishMorphology
  let rules: TransferRules

  func realise(_ chunk: NounPhraseChunk, _ context: Context) -> (
    phrase: NounPhrase, notes: [(Int, String)], chunk: Chunk
  ) {
    var np = chunk
    var notes = np.notes
    if var possessor = np.slots["possessor"]?.first, possessor.text == "the",
      let reference = context.backReference
    {
      // `-nya` refers back, most often to the subject: its person and number choose.
      possessor.text = reference
      np.slots["possessor"] = [possessor]
      if let head = np.headIndex { notes.append((head, "-nya → possessive of the last subject")) }
    }
    if let head = np.headIndex, let article = article(np, context) {
      np.slots["article"] = [Piece(text: article.text, lexemes: [])]
      notes.append((head, article.note))
    }
    let order = rules.orders(of: "np").first { $0.applies(np.holds) }
    var pieces: [Piece] = []
    if let order {
      for item in order.items where item.conditions.allSatisfy({ $0.holds(np.holds) }) {
        if let slot = item.slot {
          pieces += np.pieces(slot).map { piece in
            var piece = piece
            if piece.rule == nil { piece.rule = order.reference }
            return piece
          }
        } else if let literal = item.literal {
          pieces.append(Piece(text: literal, lexemes: [], rule: order.reference))
        }
      }
      if let head = np.headIndex, pieces.count > 1 { notes.append((head, order.reference)) }
      np.chunk.rules.append(order.reference)
    } else {
      // No order applies (no rules loaded): the slots in their default order.
      for slot in NounPhraseChunker.slotNames { pieces += np.pieces(slot) }
    }
    // The word lists behind single pieces (a quantifier, a demonstrative), for `--explain`.
    for piece in pieces {
      guard let rule = piece.rule, rule != order?.reference else { continue }
      for k in piece.lexemes where !notes.contains(where: { $0.0 == k && $0.1.hasSuffix(rule) }) {
        notes.append((k, rule))
      }
    }
    let phrase = NounPhrase(
      end: np.end, pieces: pieces, isPlural: np.isPlural, isHuman: np.isHuman,
      followedByOf: np.followedByOf)
    return (phrase, notes, np.chunk)
  }

  /// The article English needs where Indonesian has none: a bare singular countable noun
  /// takes "the" (measured on the development set against no article, only modified
  /// phrases, and phrases after prepositions), "a" after "there is"; a title before a name
  /// takes none.
  private func article(_ np: NounPhraseChunk, _ context: Context) -> (text: String, note: String)? {
    guard !np.holds("name") else { return nil }
    let bare = ![
      "indefinite", "quantifier", "demonstrative", "possessor", "owner", "number", "date-head",
    ]
    .contains(where: np.holds)
    let headText = np.headText
    let englishPlural =
      headText.hasSuffix("s") && !headText.hasSuffix("ss") && !headText.hasSuffix("us")
      && !headText.hasSuffix("is")
    guard bare, np.holds("known-head"), !np.followedByName, !np.isPlural, !englishPlural,
      !np.holds("headline")
    else { return nil }
    let massNoun = !english.isCountable(headText)
    if context.afterThereIs {
      // `ada perbedaan` → there is a difference
      return massNoun ? nil : ("a", "indefinite article after there is")
    }
    if !np.holds("after-distributive") && !massNoun && context.articles && !context.noArticle {
      return ("the", "definite article")
    }
    return nil
  }
}
