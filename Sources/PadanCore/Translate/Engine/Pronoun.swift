extension Transfer {
  /// A personal pronoun: the subject form before a verb group or at the start of a clause,
  /// the object form after a verb or a preposition (`pronouns.tsv`).
  mutating func pronoun() {
    let x = lexemes[i]
    let nextIsVerbal =
      i + 1 < lexemes.count
      && ([.verb, .auxiliary].contains(lexemes[i + 1].category)
        || startsVerbGroup(lexemes[i + 1].lowercased))
    let afterVerbOrPreposition =
      !pieces.isEmpty && i > 0 && !nextIsVerbal && clauseStart != i
      && [.verb, .preposition].contains(lexemes[i - 1].category)
    if afterVerbOrPreposition, let object = words.objects[x.lowercased] {
      emit(object, [i])
    } else {
      emit(x.english, [i])
      subjectPlural = words.pluralPronouns.contains(x.lowercased)
      afterSubject = true
      lastSubjectPlural = subjectPlural
      lastSubjectHuman = words.personPronouns.contains(x.lowercased)
      sawSubject = true
    }
    i += 1
  }

  /// Whether a word opens a verb group: a negator, a tense marker, a modal or a group
  /// adverb (`mereka tidak …`: the pronoun before it is a subject).
  func startsVerbGroup(_ word: String) -> Bool {
    words.negators[word] != nil || words.future.contains(word) || words.perfect.contains(word)
      || words.progressive.contains(word) || words.modals[word] != nil
      || words.groupAdverbs[word] != nil
  }

  /// Whether the subject just written is "I" (am, have).
  var subjectIsI: Bool {
    afterSubject && pieces.last(where: { !$0.isPunctuation })?.text == "I"
  }

  /// Whether the subject just written is "you", which agrees as a plural (are, have, were).
  var subjectIsYou: Bool {
    afterSubject && pieces.last(where: { !$0.isPunctuation })?.text.lowercased() == "you"
  }
}
