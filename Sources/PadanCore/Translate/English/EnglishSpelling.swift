/// Spelling tests shared by the English inflection rules. Words are lower-case ASCII unless
/// said otherwise; anything else is never "short" and has no vowels.
enum EnglishSpelling {
  /// Whether the letter at `index` of `letters` is said as a vowel: a, e, i, o, u, except
  /// the u of qu (quiz, squat), and y after a consonant (gym, try).
  static func isVowel(_ letters: [UInt8], at index: Int) -> Bool {
    switch letters[index] {
    case UInt8(ascii: "a"), UInt8(ascii: "e"), UInt8(ascii: "i"), UInt8(ascii: "o"):
      return true
    case UInt8(ascii: "u"):
      return index == 0 || letters[index - 1] != UInt8(ascii: "q")
    case UInt8(ascii: "y"):
      return index > 0 && !isVowel(letters, at: index - 1)
    default:
      return false
    }
  }

  /// Whether `word` is one syllable ending consonant, single vowel, consonant other than
  /// w, x or y: the words that double their last letter before -ed and -ing (stop, plan,
  /// quiz), but not visit, open, rain or fix.
  static func isShortSyllable(_ word: String) -> Bool {
    let letters = Array(word.utf8)
    let n = letters.count
    guard n >= 2, letters.allSatisfy({ $0 >= UInt8(ascii: "a") && $0 <= UInt8(ascii: "z") })
    else { return false }
    let last = letters[n - 1]
    guard !isVowel(letters, at: n - 1),
      last != UInt8(ascii: "w"), last != UInt8(ascii: "x"), last != UInt8(ascii: "y"),
      isVowel(letters, at: n - 2), n == 2 || !isVowel(letters, at: n - 3)
    else { return false }
    var groups = 0
    for i in 0..<n where isVowel(letters, at: i) && (i == 0 || !isVowel(letters, at: i - 1)) {
      groups += 1
    }
    return groups == 1
  }

  /// Whether `word` (lower case) ends in a consonant followed by y: try, carry, but not play.
  static func endsInConsonantY(_ word: String) -> Bool {
    let letters = Array(word.utf8)
    guard letters.count >= 2, letters.last == UInt8(ascii: "y") else { return false }
    return !isVowel(letters, at: letters.count - 2)
  }

  /// Whether `word` (lower case) ends in a sibilant that takes -es: s, x, z, ch, sh.
  static func endsInSibilant(_ word: String) -> Bool {
    word.hasSuffix("s") || word.hasSuffix("x") || word.hasSuffix("z") || word.hasSuffix("ch")
      || word.hasSuffix("sh")
  }

  /// Whether every letter of `word` is a capital and there are at least two (`MP`, `U.S.`).
  static func isAllCapitals(_ word: some StringProtocol) -> Bool {
    var letters = 0
    for character in word where character.isLetter {
      guard character.isUppercase else { return false }
      letters += 1
    }
    return letters >= 2
  }

  /// `result`, written in the case of `original`, the word it was made from.
  ///
  /// All capitals stay all capitals (`GO` → `WENT`); otherwise the characters `result`
  /// shares with the start of `original` keep their case (`iPhone` → `iPhones`,
  /// `Person` → `People`), and a capital first letter stays capital (`Go` → `Went`).
  static func matchCase(_ result: String, to original: String) -> String {
    guard original.contains(where: \.isUppercase) else { return result }
    if isAllCapitals(original) { return result.uppercased() }
    var shared = 0
    for (a, b) in zip(original, result) {
      guard a.lowercased() == String(b) else { break }
      shared += 1
    }
    if shared == 0, let first = original.first, first.isUppercase, let head = result.first {
      return head.uppercased() + result.dropFirst()
    }
    return String(original.prefix(shared)) + result.dropFirst(shared)
  }

  /// The words of a phrase, split at spaces.
  static func words(_ phrase: String) -> [Substring] {
    phrase.split(separator: " ", omittingEmptySubsequences: false)
  }
}
