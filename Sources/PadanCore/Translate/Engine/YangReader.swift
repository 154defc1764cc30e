/// How a `yang` after a noun phrase is read (the words themselves come from the word lists:
/// `relative-markers`, `degree-words`, `negators`). `yang` with no noun before it (apa yang,
/// yang lainnya, yang kaya) is handled by the rules of `yang.rules`, tried first.
enum YangReading: Equatable {
  /// Before a passive verb: `yang` is dropped and the verb becomes a participle (`kota yang
  /// dilanda banjir` → the city hit by floods).
  case beforePassive
  /// A lone adjective, or a verb of state, with its degree words or negation, that goes
  /// before the noun: `konsekuensi yang tidak terduga` → the unexpected consequence,
  /// `rumah mereka yang hancur` → their destroyed house. `lexemes` are those it covers
  /// (from `yang`), `end` the lexeme after it.
  case adjective(text: String, lexemes: [Int], end: Int)
  /// A relative clause: who (a person), which (after a comma), that; with "is"/"are"
  /// before an adjective.
  case relative(String)
}

struct YangReader {
  let lexemes: [Lexeme]
  let words: FunctionWords
  let english: EnglishMorphology

  /// Whether the lexeme at `k` is `yang`.
  func isYang(_ k: Int) -> Bool {
    words.lists.contains("relative-markers", lexemes[k].lowercased)
  }

  /// The reading of `yang` at `i`. `afterNounPhrase`: a noun phrase ends just before it;
  /// `human`: that phrase names a person; `plural`: the subject is plural.
  func reading(at i: Int, afterNounPhrase: Bool, human: Bool, plural: Bool) -> YangReading {
    let next = i + 1 < lexemes.count ? lexemes[i + 1] : nil
    if let next, next.isPassiveVerb { return .beforePassive }
    if afterNounPhrase, let adjective = adjective(after: i) { return adjective }
    // After a comma the clause adds to a thing already named: "which", not "that".
    let nonRestrictive = i > 0 && lexemes[i - 1].isPunctuation([","])
    var text = human ? "who" : nonRestrictive ? "which" : "that"
    if let next, next.category == .adjective { text += plural ? " are" : " is" }
    return .relative(text)
  }

  private func adjective(after i: Int) -> YangReading? {
    var j = i + 1
    var parts: [String] = []
    var used: [Int] = [i]
    var degreeWord: String?
    while j < lexemes.count, !lexemes[j].isPunctuation {
      let w = lexemes[j].lowercased
      guard
        let degree = words.degreeWords[w] ?? words.negators[w].flatMap({ $0 == "not" ? $0 : nil })
      else { break }
      parts.append(degree)
      if words.degreeWords[w] != nil { degreeWord = w }
      used.append(j)
      j += 1
    }
    guard j < lexemes.count, lexemes[j].lexiconEntry != nil else { return nil }
    let x = lexemes[j]
    // A verb the lexicon gives as a state (`hancur` → be destroyed) describes like an
    // adjective, alone and not before a prepositional complement (`yang terjebak di bawah`
    // → who was trapped under).
    let state =
      x.category == .verb && !x.isPassiveVerb && x.english.hasPrefix("be ") && parts.isEmpty
        && !x.english.dropFirst(3).contains(" ")
        && !(j + 1 < lexemes.count && lexemes[j + 1].category == .preposition)
      ? String(x.english.dropFirst(3)) : nil
    guard x.category == .adjective || state != nil,
      j + 1 >= lexemes.count || lexemes[j + 1].isPunctuation
        || [.preposition, .conjunction, .verb, .auxiliary].contains(lexemes[j + 1].category)
    else { return nil }
    if state == nil, parts.count == 1, let degreeWord,
      let graded = NounPhraseChunker.graded(degreeWord, x.english, words: words, english: english)
    {
      // `yang paling besar` → the biggest
      parts = [graded]
    } else {
      parts.append(state ?? x.english)
    }
    used.append(j)
    return .adjective(text: parts.joined(separator: " "), lexemes: used, end: j + 1)
  }
}
