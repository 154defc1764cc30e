extension EnglishMorphology {
  /// Letters whose names start with a vowel sound: an F, an MP, an X-ray.
  static let vowelNamedLetters: Set<Character> = [
    "a", "e", "f", "h", "i", "l", "m", "n", "o", "r", "s", "x",
  ]

  /// Beginnings of words with a vowel letter said with a consonant sound: a university,
  /// a European, a one-day, a usual. `unid`, `unim` and `unin` are not here: an unidentified.
  static let consonantSoundBeginnings = [
    "eu", "ewe", "once", "ubiq", "uga", "ukr", "uku", "unanim", "unic", "unif", "unil", "unio",
    "uniq", "unis", "unit", "univ", "ura", "ure", "uri", "uro", "uru", "usa", "use", "usu",
    "utah", "ute", "uti", "uto", "uyg",
  ]

  /// Beginnings of words with a silent h: an hour, an honest, an heir.
  static let silentHBeginnings = ["heir", "honest", "honor", "honour", "hour"]

  /// `a` or `an` for the phrase that starts with `word`, by sound: `an hour`,
  /// `a university`, `an MP`, `a U.S.`, `a NATO`, `an 18-year-old`, `a one-day`, `an 8`.
  ///
  /// Only the first word counts, without opening quotes or brackets. Capitals with full
  /// stops, and capitals of up to three letters or without a vowel, are read letter by
  /// letter (`an FBI`, `an LGBT`); longer capitals are read as a word (`a NASA`, `an ASEAN`),
  /// except that capitals starting with U are always `a` (`a UNESCO`, `a UNHCR`). Numbers are
  /// read as said: `an 11`, `an 1800s`, `an 80`, `a 110`, `an 18,000`, `a 1,800`.
  ///
  /// - Returns: `a` or `an`, lower case.
  public func indefiniteArticle(for word: String) -> String {
    let first = word.split(separator: " ").first ?? ""
    let token = first.drop { "\"'“‘([".contains($0) }
    guard let initial = token.first else { return "a" }
    if initial.isNumber { return Self.article(forNumber: token) }
    var head = token.prefix { $0.isLetter || $0.isNumber || $0 == "." || $0 == "'" }
    if head.count == 1 || head.isEmpty {
      return Self.vowelNamedLetters.contains(Character(initial.lowercased())) ? "an" : "a"
    }
    // A plural acronym reads like its singular: MPs, NGOs.
    if head.last == "s", EnglishSpelling.isAllCapitals(head.dropLast()) { head = head.dropLast() }
    if Self.isReadLetterByLetter(head) || (EnglishSpelling.isAllCapitals(head) && initial == "U") {
      return Self.vowelNamedLetters.contains(Character(initial.lowercased())) ? "an" : "a"
    }
    let lower = token.lowercased()
    if head.lowercased() == "one" { return "a" }
    if Self.consonantSoundBeginnings.contains(where: lower.hasPrefix) { return "a" }
    if Self.silentHBeginnings.contains(where: lower.hasPrefix) { return "an" }
    return "aeiou".contains(lower.first!) ? "an" : "a"
  }

  /// Whether capitals are said letter by letter: with full stops (`U.S.`), up to three
  /// letters (`FBI`), no vowel (`LGBT`), or two consonants first (`NGOs`, `BPJS`).
  static func isReadLetterByLetter(_ head: Substring) -> Bool {
    guard EnglishSpelling.isAllCapitals(head) else { return false }
    if head.contains(".") { return true }
    let letters = Array(head.filter(\.isLetter))
    if letters.count <= 3 { return true }
    let vowels: Set<Character> = ["A", "E", "I", "O", "U"]
    if !letters.contains(where: vowels.contains) { return true }
    return !vowels.contains(letters[0]) && !vowels.contains(letters[1])
  }

  /// `a` or `an` before a number written in digits, by how it is said: the leading group of
  /// digits (before the first comma, or the first three, two or one digits), and a
  /// four-digit number read as a year (`1800` is "eighteen hundred").
  static func article(forNumber token: Substring) -> String {
    let digits = token.prefix { $0.isNumber || $0 == "," }
    let groups = digits.split(separator: ",")
    guard let firstGroup = groups.first else { return "a" }
    let leading: Substring
    if groups.count > 1 {
      leading = firstGroup
    } else if firstGroup.count == 4 {
      leading = firstGroup.prefix(2)
    } else {
      let length = firstGroup.count % 3 == 0 ? 3 : firstGroup.count % 3
      leading = firstGroup.prefix(length)
    }
    return leading.hasPrefix("8") || leading == "11" || leading == "18" ? "an" : "a"
  }
}

extension EnglishMorphology {
  /// Makes every `a`/`an` piece agree with the word that finally follows it, after the
  /// transfer rules have put words in English order (`an older woman`, not "a older").
  func correctArticles(in pieces: inout [Piece]) {
    for p in pieces.indices where !pieces[p].isPunctuation {
      let text = pieces[p].text
      guard text == "a" || text == "an" || text == "A" || text == "An" else { continue }
      guard
        let q = pieces[(p + 1)...].firstIndex(where: {
          !$0.text.isEmpty && !($0.isPunctuation && "\"'“‘([".contains($0.text))
        }), !pieces[q].isPunctuation
      else { continue }
      let article = indefiniteArticle(for: pieces[q].text)
      pieces[p].text =
        text.first == "A" ? article.prefix(1).uppercased() + article.dropFirst() : article
    }
  }
}
