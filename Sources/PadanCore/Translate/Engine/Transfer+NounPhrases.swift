/// Noun phrases in the transfer pass: where one starts, the chunker reads it
/// (`NounPhraseChunker`) and the realiser writes it in the order of `noun-phrase.rules`
/// (`NounPhraseRealiser`); the clause keeps what it needs of it (number, humanness, where
/// its head is, for a `yang` adjective).
extension Transfer {
  mutating func nounPhraseStep() -> Bool {
    let start = i
    // `Komisi Pemilihan Umum (KPU)`: the acronym in brackets stays as written when the
    // name before it has the same English.
    if let entry = lexemes[i].glossaryEntry, i >= 2, lexemes[i - 1].surface == "(",
      i + 1 < lexemes.count, lexemes[i + 1].surface == ")",
      lexemes[i - 2].glossaryEntry?.target == entry.target
    {
      emit(lexemes[i].surface, [i])
      note(i, "acronym in brackets after its name: kept")
      i += 1
      return true
    }
    guard let phrase = nounPhrase(at: i) else { return false }
    let i0 = start
    if start > 0, lexemes[start - 1].isCommonNoun,
      words.ofQuantifiers.contains(lexemes[start].lowercased),
      let last = pieces.last, !last.isPunctuation
    {
      emit("of", [])
      note(start, "noun + quantified noun phrase → of")
    }
    // Where an adjective from a following `yang` clause goes: before the first word that
    // is neither an article, a determiner, a possessive nor a number.
    let headPosition = phrase.pieces.firstIndex { piece in
      piece.lexemes.contains {
        [.noun, .properNoun, .adjective].contains(lexemes[$0].category)
          && words.possessives[lexemes[$0].lowercased] == nil
      }
    }
    lastHeadPiece = headPosition.map { pieces.count + $0 }
    pieces += phrase.pieces
    lastPhraseEnd = phrase.end
    let isObject = start > 0 && lexemes[start - 1].category == .preposition
    i = phrase.end
    let headWord = phrase.pieces.last?.lexemes.first.map { lexemes[$0].lowercased } ?? ""
    let isTime = words.timeNouns[String(headWord.split(separator: " ").first ?? "")] != nil
    afterThereIs = false
    if start == i0 { noArticleNext = false }
    if !isObject && !isTime {
      subjectPlural = phrase.isPlural || phrase.looksPlural(words.pluralHeads)
      if pieces.count == phrase.pieces.count || start == 0
        || lexemes[start - 1].isPunctuation([",", "“", "\"", ":"])
      {
        lastSubjectHuman = phrase.isHuman
        lastSubjectPlural = subjectPlural
        sawSubject = true
      }
    }
    if let headIndex = phrase.pieces.last?.lexemes.first, i < lexemes.count,
      words.measureNouns.contains(
        lexemes[headIndex].lowercased.split(separator: "-").first.map(String.init) ?? ""),
      lexemes[i].category == .noun,
      lexemes[i].lexiconEntry != nil || lexemes[i].glossaryEntry != nil
    {
      emit("of", [])
      note(headIndex, "measure noun + noun → of")
      noArticleNext = true
    }
    if phrase.followedByOf, i < lexemes.count {
      // `kunjungan Perdana Menteri Malaysia Anwar Ibrahim` → the visit of Malaysian Prime
      // Minister Anwar Ibrahim
      emit("of", [])
    }
    afterSubject = !isObject
    infinitive = false
    lastPhraseHuman = phrase.isHuman
    if let marker = pendingControl, i < lexemes.count, lexemes[i].category == .verb {
      // `mendesak pemerintah mempercepat` → urged the government to accelerate
      infinitive = true
      infinitiveMarker = marker
      afterSubject = false
    }
    pendingControl = nil
    return true
  }

  /// The noun phrase at `start`: chunked (`NounPhraseChunker`) and written in the order of
  /// `noun-phrase.rules` (`NounPhraseRealiser`).
  mutating func nounPhrase(at start: Int) -> NounPhrase? {
    let chunker = NounPhraseChunker(
      lexemes: lexemes, english: english, words: words, headline: headline)
    guard let chunk = chunker.chunk(at: start) else { return nil }
    var context = NounPhraseRealiser.Context()
    context.articles = articles
    context.afterThereIs = afterThereIs && start == i
    context.noArticle = noArticleNext && start == i
    if sawSubject {
      context.backReference = lastSubjectPlural ? "their" : lastSubjectHuman ? "his" : "its"
    }
    let (phrase, phraseNotes, built) = NounPhraseRealiser(english: english, rules: rules)
      .realise(chunk, context)
    for (k, text) in phraseNotes { note(k, text) }
    chunks.append(built)
    return phrase
  }

  /// `yang` after a noun phrase, read by `YangReader`.
  mutating func yang() {
    let reader = YangReader(lexemes: lexemes, words: words, english: english)
    let head = lastPhraseEnd == i ? lastHeadPiece.flatMap { $0 < pieces.count ? $0 : nil } : nil
    switch reader.reading(
      at: i, afterNounPhrase: head != nil, human: lastPhraseWasHuman(), plural: subjectPlural)
    {
    case .beforePassive:
      note(i, "yang before a passive: dropped")
      if let reference = rules.reference(of: "yang.relative") { note(i, reference) }
      relative = true
      i += 1
    case .adjective(let text, let used, let end):
      let reference = rules.reference(of: "yang.adjective")
      pieces.insert(Piece(text: text, lexemes: used, rule: reference), at: head!)
      note(end - 1, reference ?? "yang + adjective → adjective before the noun")
      i = end
    case .relative(let text):
      let reference = rules.reference(of: "yang.relative")
      pieces.append(Piece(text: text, lexemes: [i], rule: reference))
      if let reference { note(i, reference) }
      relative = true
      afterSubject = false
      i += 1
    }
  }

  private func lastPhraseWasHuman() -> Bool {
    if lastPhraseHuman { return true }
    guard let last = pieces.last, let index = last.lexemes.last else { return false }
    let x = lexemes[index]
    if x.glossaryEntry?.kind == .person || x.glossaryEntry?.kind == .title { return true }
    return words.humanNouns.contains(english.singularGuess(last.text.lowercased()))
  }

  /// A common noun that heads a proper name: `Gunung Semeru` → Mount Semeru,
  /// `Stadion Gelora Bung Tomo` → Gelora Bung Tomo Stadium.
  mutating func nameHeadRule() -> Bool {
    guard let (title, before) = words.nameHeads[lexemes[i].lowercased],
      lexemes[i].glossaryEntry == nil, i + 1 < lexemes.count
    else { return false }
    var j = i + 1
    while j < lexemes.count, !lexemes[j].isPunctuation,
      lexemes[j].glossaryEntry == nil
        || lexemes[j].glossaryEntry?.kind == .person,
      lexemes[j].surface.first.map({ $0.isUppercase || $0.isNumber }) ?? false
    {
      j += 1
    }
    guard j > i + 1 else { return false }
    let name = (i + 1..<j).map { lexemes[$0].surface }.joined(separator: " ")
    let text = before ? "\(title) \(name)" : "\(name) \(title)"
    emit(text, Array(i..<j))
    note(i, "common noun heading a name → \(text)")
    i = j
    afterSubject = true
    return true
  }

  /// `ke-10` → 10th.
  mutating func ordinalRule() -> Bool {
    guard words.lists.contains("ordinal-markers", lexemes[i].lowercased), i + 2 < lexemes.count,
      lexemes[i + 1].surface == "-",
      !lexemes[i + 1].spaceBefore, lexemes[i + 2].category == .number, !lexemes[i + 2].spaceBefore,
      let n = Int(lexemes[i + 2].surface)
    else { return false }
    emit(NumberRules.ordinal(n), [i, i + 1, i + 2])
    note(i, "ke-N → ordinal")
    i += 3
    return true
  }
}
