extension EnglishMorphology {
  /// The comparative of an English adjective: big → bigger, easy → easier, good → better,
  /// serious → more serious.
  func comparative(of adjective: String) -> String { graded(adjective, comparative: true) }

  /// The superlative of an English adjective: big → biggest, large → largest, bad → worst,
  /// serious → most serious.
  func superlative(of adjective: String) -> String { graded(adjective, comparative: false) }

  static let irregularGrades: [String: (comparative: String, superlative: String)] = [
    "good": ("better", "best"), "well": ("better", "best"), "bad": ("worse", "worst"),
    "ill": ("worse", "worst"), "far": ("farther", "farthest"), "little": ("less", "least"),
    "many": ("more", "most"), "much": ("more", "most"),
  ]

  /// One syllable, or two ending in -y, take -er/-est; longer adjectives, participles and
  /// phrases take more/most. With a word list, a form that is not a word takes more/most.
  private func graded(_ adjective: String, comparative: Bool) -> String {
    if let irregular = Self.irregularGrades[adjective] {
      return comparative ? irregular.comparative : irregular.superlative
    }
    let phrase = (comparative ? "more " : "most ") + adjective
    let letters = Array(adjective)
    guard letters.count >= 2, letters.allSatisfy({ $0.isLowercase && $0.isLetter }),
      !adjective.hasSuffix("ed"), !adjective.hasSuffix("ing")
    else { return phrase }
    func isVowel(_ c: Character) -> Bool { "aeiouy".contains(c) }
    var syllables = 0
    var previousVowel = false
    for c in letters {
      if isVowel(c) && !previousVowel { syllables += 1 }
      previousVowel = isVowel(c)
    }
    if adjective.hasSuffix("e") && !adjective.hasSuffix("le") && syllables > 1 { syllables -= 1 }
    let endsInY = letters.last == "y" && !"aeiou".contains(letters[letters.count - 2])
    guard syllables == 1 || syllables == 2 && endsInY else { return phrase }
    let suffix = comparative ? "er" : "est"
    var form: String
    if letters.last == "e" {
      form = adjective + suffix.dropFirst()
    } else if endsInY && syllables == 2 {
      form = adjective.dropLast() + "i" + suffix
    } else if letters.count >= 3, !isVowel(letters[letters.count - 1]),
      !"wx".contains(letters[letters.count - 1]), isVowel(letters[letters.count - 2]),
      !isVowel(letters[letters.count - 3])
    {
      // one vowel before one consonant: big → bigger, hot → hottest
      form = adjective + String(letters[letters.count - 1]) + suffix
    } else {
      form = adjective + suffix
    }
    if let wordList, !wordList.contains(form) { return phrase }
    return form
  }
}
