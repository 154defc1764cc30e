extension Transfer {
  /// A preposition with no transfer rule for its context (`prepositions.rules`): the
  /// lexicon's English, chosen by its context cues.
  mutating func preposition() {
    emit(lexemes[i].english, [i])
    recordPrepositionalPhrase(i..<(i + 1), rule: nil)
    afterSubject = false
    i += 1
  }

  /// A prepositional phrase for `--explain`: the preposition (the lexemes of `head`) and
  /// what follows it up to the next verb, auxiliary, conjunction, preposition or mark.
  mutating func recordPrepositionalPhrase(_ head: Range<Int>, rule: String?) {
    var end = head.upperBound
    while end < lexemes.count, !lexemes[end].isPunctuation,
      ![.verb, .auxiliary, .conjunction, .preposition].contains(lexemes[end].category),
      !startsVerbGroup(lexemes[end].lowercased)
    {
      end += 1
    }
    chunks.append(
      Chunk(
        .prepositionalPhrase, head.lowerBound..<end, head: head.lowerBound,
        rules: rule.map { [$0] } ?? []))
  }
}
