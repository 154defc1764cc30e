extension EnglishMorphology {
  /// The forms `inflect(_:as:)` makes.
  enum VerbForm: Int {
    case past, participle, presentParticiple, thirdPerson
  }

  /// English prefixes whose verbs take the forms of their base (`overthrow` → `overthrew`),
  /// longest first.
  static let verbPrefixes = ["under", "over", "fore", "with", "mis", "out", "re", "up"]

  /// Modal verbs, which take no -s: `can`, `must`, `will`.
  static let modalVerbs: Set<String> = [
    "can", "could", "may", "might", "must", "shall", "should", "will", "would",
  ]

  /// The simple past: `say` → `said`, `stop` → `stopped`, `visit` → `visited`,
  /// `carry out` → `carried out`, `be able to` → `was able to`.
  ///
  /// A phrase inflects its first word unless the data lists the whole phrase; a hyphenated
  /// verb inflects its last part (`fast-track` → `fast-tracked`).
  public func past(_ verb: String) -> String { inflect(verb, as: .past) }

  /// The past participle: `say` → `said`, `take` → `taken`, `be` → `been`.
  public func pastParticiple(_ verb: String) -> String { inflect(verb, as: .participle) }

  /// The -ing form: `make` → `making`, `run` → `running`, `die` → `dying`,
  /// `see` → `seeing`, `panic` → `panicking`.
  public func presentParticiple(_ verb: String) -> String {
    inflect(verb, as: .presentParticiple)
  }

  /// The third person singular present: `say` → `says`, `go` → `goes`, `have` → `has`,
  /// `try` → `tries`, `be` → `is`; modal verbs are unchanged (`can`).
  public func thirdPerson(_ verb: String) -> String { inflect(verb, as: .thirdPerson) }

  func inflect(_ verb: String, as form: VerbForm) -> String {
    guard !verb.isEmpty else { return verb }
    let key = verb.lowercased()
    if key.contains(" ") || key.contains("-") {
      // A listed phrase ("lie about") beats the forms of its first word.
      if let forms = verbs[key], let listed = listedForm(forms, form) {
        return EnglishSpelling.matchCase(listed, to: verb)
      }
      if let space = verb.firstIndex(of: " "), space != verb.startIndex {
        return inflect(String(verb[..<space]), as: form) + verb[space...]
      }
      if let hyphen = verb.lastIndex(of: "-"), hyphen != verb.startIndex,
        verb.index(after: hyphen) != verb.endIndex
      {
        let after = verb.index(after: hyphen)
        return String(verb[..<after]) + inflect(String(verb[after...]), as: form)
      }
    }
    let inflected = inflectWord(key, as: form)
    // Forms the verbs table lists are English by construction; rule-made ones are checked.
    let listed = key == "be" || verbs[key] != nil || prefixedBase(key) != nil
    return EnglishSpelling.matchCase(listed ? inflected : checked(inflected, of: key), to: verb)
  }

  func listedForm(_ forms: VerbForms, _ form: VerbForm) -> String? {
    switch form {
    case .past: forms.past
    case .participle: forms.participle
    case .presentParticiple: forms.presentParticiple
    case .thirdPerson: nil
    }
  }

  /// Inflects one lower-case word.
  func inflectWord(_ word: String, as form: VerbForm) -> String {
    if word == "be" { return ["was", "been", "being", "is"][form.rawValue] }
    switch form {
    case .past, .participle:
      if let forms = verbs[word] { return listedForm(forms, form)! }
      if let (prefix, base) = prefixedBase(word) { return prefix + inflectWord(base, as: form) }
      return regularPast(word)
    case .presentParticiple:
      if let forms = verbs[word] {
        return forms.presentParticiple
          ?? ingForm(word, doubling: listedVerbDoubles(word, forms))
      }
      if let (prefix, base) = prefixedBase(word) { return prefix + inflectWord(base, as: form) }
      return ingForm(word, doubling: EnglishSpelling.isShortSyllable(word))
    case .thirdPerson:
      return thirdPersonForm(word)
    }
  }

  /// A listed verb inside `word` after an English prefix: `overthrow` → ("over", "throw").
  func prefixedBase(_ word: String) -> (prefix: String, base: String)? {
    for prefix in Self.verbPrefixes where word.hasPrefix(prefix) {
      let base = String(word.dropFirst(prefix.count))
      if base.count >= 2, verbs[base] != nil { return (prefix, base) }
    }
    return nil
  }

  /// +ed, with e → d, consonant+y → ied, ic → icked, and a doubled last letter after one
  /// short syllable.
  func regularPast(_ word: String) -> String {
    if word.hasSuffix("e") { return word + "d" }
    if EnglishSpelling.endsInConsonantY(word) { return String(word.dropLast()) + "ied" }
    if word.hasSuffix("ic") { return word + "ked" }
    if EnglishSpelling.isShortSyllable(word), let last = word.last {
      return word + String(last) + "ed"
    }
    return word + "ed"
  }

  /// +ing, with ie → ying, a silent e dropped (but not in ee, oe, ye), ic → icking, and the
  /// last letter doubled when `doubling`.
  func ingForm(_ word: String, doubling: Bool) -> String {
    if word.hasSuffix("ie") { return String(word.dropLast(2)) + "ying" }
    if word.hasSuffix("ee") || word.hasSuffix("oe") || word.hasSuffix("ye") {
      return word + "ing"
    }
    if word.hasSuffix("e") && word.count > 2 { return String(word.dropLast()) + "ing" }
    if word.hasSuffix("ic") { return word + "king" }
    if doubling, let last = word.last { return word + String(last) + "ing" }
    return word + "ing"
  }

  /// Whether a listed verb doubles its last letter before -ing: when its listed past does
  /// (`committed`), or for an irregular verb of one short syllable (`get`) or ending in one
  /// that is listed (`forget`, `input`, `babysit`).
  func listedVerbDoubles(_ word: String, _ forms: VerbForms) -> Bool {
    guard let last = word.last else { return false }
    if forms.past == word + String(last) + "ed" { return true }
    if forms.past == word + "ed" || forms.past == word + "d" { return false }
    if EnglishSpelling.isShortSyllable(word) { return true }
    var tail = Substring(word).dropFirst()
    while tail.count >= 2 {
      let base = String(tail)
      if verbs[base] != nil && EnglishSpelling.isShortSyllable(base) { return true }
      tail = tail.dropFirst()
    }
    return false
  }

  /// +s, with +es after s, x, z, ch, sh and a consonant + o, consonant+y → ies, and
  /// `have` → `has`.
  func thirdPersonForm(_ word: String) -> String {
    if word == "have" { return "has" }
    if Self.modalVerbs.contains(word) { return word }
    if word.hasSuffix("z"), EnglishSpelling.isShortSyllable(word) { return word + "zes" }
    if EnglishSpelling.endsInSibilant(word) { return word + "es" }
    let letters = Array(word.utf8)
    if letters.count >= 2, letters.last == UInt8(ascii: "o"),
      !EnglishSpelling.isVowel(letters, at: letters.count - 2)
    {
      return word + "es"
    }
    if EnglishSpelling.endsInConsonantY(word) { return String(word.dropLast()) + "ies" }
    return word + "s"
  }
}
