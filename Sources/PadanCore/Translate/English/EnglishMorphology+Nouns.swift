extension EnglishMorphology {
  /// Words after which a phrase's plural goes on the word before (`heads of state`,
  /// `mothers-in-law`, `people in need`).
  static let phrasePrepositions: Set<String> = [
    "of", "in", "for", "to", "at", "on", "from", "with", "by",
  ]

  /// Particles that end a noun phrase (`stand-by`, `check-in`, `follow-up`).
  static let finalParticles: Set<String> = [
    "about", "around", "away", "back", "by", "down", "in", "off", "on", "out", "over", "up",
  ]

  /// The plural: `state` → `states`, `box` → `boxes`, `country` → `countries`,
  /// `crisis` → `crises`, `MP` → `MPs`, `information` → `information`.
  ///
  /// A phrase inflects the word before its first inner preposition (`head of state` →
  /// `heads of state`, `brother-in-law` → `brothers-in-law`), else its last word
  /// (`member state` → `member states`, `18-year-old` → `18-year-olds`), unless the data
  /// lists the whole phrase (`secretary-general`). Nouns in -o take -s and nouns in -f or -fe
  /// take -s unless the data lists them (`heroes`, `leaves`). A word with no lower-case
  /// letter is an acronym or a number and takes -s (`NGOs`, `1990s`).
  public func plural(_ noun: String) -> String {
    guard !noun.isEmpty else { return noun }
    let key = noun.lowercased()
    if let listed = nouns[key] {
      return listed.map { EnglishSpelling.matchCase($0, to: noun) } ?? noun
    }
    if let (parts, separator, head) = Self.phraseHead(noun) {
      var words = parts.map(String.init)
      // A final particle just takes -s: stand-bys, check-ins, follow-ups.
      let isParticle = head > 0 && Self.finalParticles.contains(words[head].lowercased())
      words[head] = isParticle ? words[head] + "s" : plural(words[head])
      return words.joined(separator: String(separator))
    }
    if listedPlurals.contains(key) { return noun }
    if let ending = ending(of: key) {
      guard let plural = ending.plural else { return noun }
      return EnglishSpelling.matchCase(
        checked(String(key.dropLast(ending.singular.count)) + plural, of: key), to: noun)
    }
    if !noun.contains(where: \.isLowercase) && noun.contains(where: { $0.isLetter || $0.isNumber })
    {
      return noun + "s"
    }
    return EnglishSpelling.matchCase(checked(regularPlural(key), of: key), to: noun)
  }

  /// Whether `noun` has a plural: `false` for uncountable nouns (`information`, `news`,
  /// `intelligence information`); `true` for nouns the data does not list.
  public func isCountable(_ noun: String) -> Bool {
    let key = noun.lowercased()
    if let listed = nouns[key] { return listed != nil }
    if let (parts, _, head) = Self.phraseHead(noun) { return isCountable(String(parts[head])) }
    if let ending = ending(of: key) { return ending.plural != nil }
    return true
  }

  /// +s, with +es after s, x, z, ch, sh and consonant+y → ies.
  func regularPlural(_ word: String) -> String {
    if EnglishSpelling.endsInSibilant(word) { return word + "es" }
    if EnglishSpelling.endsInConsonantY(word) { return String(word.dropLast()) + "ies" }
    return word + "s"
  }

  /// The parts of a phrase split at spaces (else at hyphens) and the index of the part that
  /// takes the plural; `nil` for a single word.
  static func phraseHead(_ noun: String) -> (parts: [Substring], separator: Character, head: Int)? {
    for separator in [" ", "-"] as [Character] where noun.contains(separator) {
      let parts = noun.split(separator: separator, omittingEmptySubsequences: false)
      let filled = parts.indices.filter { !parts[$0].isEmpty }
      guard let last = filled.last else { continue }
      for i in filled.dropFirst() where i < last && !parts[i - 1].isEmpty {
        if phrasePrepositions.contains(parts[i].lowercased()) { return (parts, separator, i - 1) }
      }
      return (parts, separator, last)
    }
    return nil
  }
}
