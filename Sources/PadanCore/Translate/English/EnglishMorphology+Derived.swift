extension EnglishMorphology {
  /// The adverb of an English adjective: firm → firmly, easy → easily, simple → simply,
  /// symmetric → symmetrically; good → well.
  /// With a word list, an adverb that is not a word leaves the adjective as it is
  /// (`harder`, not "harderly"); see `checked(_:of:)`.
  func adverb(of adjective: String) -> String {
    if Self.irregularAdverbs[adjective] != nil || adjective.hasSuffix("ly") {
      return regularAdverb(of: adjective)
    }
    return checked(regularAdverb(of: adjective), of: adjective)
  }

  func regularAdverb(of adjective: String) -> String {
    if let known = Self.irregularAdverbs[adjective] { return known }
    if adjective.hasSuffix("ly") { return adjective }
    if adjective.hasSuffix("ic") { return adjective + "ally" }
    if adjective.hasSuffix("le"), adjective.count > 3 { return adjective.dropLast() + "y" }
    if adjective.hasSuffix("y"), adjective.count > 2 { return adjective.dropLast() + "ily" }
    if adjective.hasSuffix("ue") { return adjective.dropLast() + "ly" }
    return adjective + "ly"
  }

  static let irregularAdverbs = [
    "good": "well", "fast": "fast", "hard": "hard", "late": "late", "early": "early",
    "daily": "daily", "public": "publicly",
  ]

  /// A rough singular of a regular English plural, for word-class checks.
  func singularGuess(_ word: String) -> String {
    if word.hasSuffix("ies") { return String(word.dropLast(3)) + "y" }
    if word.hasSuffix("s") && !word.hasSuffix("ss") { return String(word.dropLast()) }
    return word
  }
}
