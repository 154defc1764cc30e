extension Transfer {
  /// Translates what starts at `i`: a transfer rule written as data, else the built-in
  /// constructions by the part of speech of the lexeme.
  mutating func step() {
    let x = lexemes[i]
    if dataRule() { return }
    if dateRule() || ordinalRule() || nameHeadRule() { return }
    if YangReader(lexemes: lexemes, words: words, english: english).isYang(i) {
      yang()
      return
    }
    if words.preModifiers[x.lowercased] != nil, nounPhraseStep() { return }
    switch x.category {
    case .punctuation:
      punctuation()
    case .verb, .auxiliary:
      if !verbGroup() { plain() }
    case .adverb where (words.negators[x.lowercased] != nil):
      if !verbGroup() { plain() }
    case .noun, .properNoun, .determiner, .classifier, .numeral, .number:
      if !nounPhraseStep() { plain() }
    case .pronoun:
      pronoun()
    case .preposition:
      preposition()
    case _ where words.amountWords[x.lowercased] != nil:
      preposition()
    case .adjective:
      adjective()
    case .adverb where words.groupAdverbs[x.lowercased] != nil:
      if !verbGroup() { plain() }
    case .adverb
    where afterSubject && i + 1 < lexemes.count
      && lexemes[i + 1].category == .adjective:
      emit(insertedBe(), [])
      note(i, "adverb and adjective after a subject: copula inserted")
      emit(x.english, [i])
      i += 1
      emit(lexemes[i].english, [i])
      afterSubject = false
      i += 1
    default:
      plain()
    }
  }

  /// The copula English needs where Indonesian has none.
  func insertedBe() -> String {
    return subjectIsI ? "am" : subjectPlural || subjectIsYou ? "are" : "is"
  }

  private mutating func plain() {
    let x = lexemes[i]
    emit(x.english, [i])
    if x.category == .conjunction {
      afterSubject = false
      chunks.append(Chunk(.clauseBoundary, i..<(i + 1), features: [("type", "conjunction")]))
    }
    i += 1
  }

  /// An adjective; after a subject English needs a copula (`Rumah itu besar` → is big).
  mutating func adjective() {
    let x = lexemes[i]
    if afterSubject {
      if let at = questionAt, at <= pieces.count {
        // `Apakah harga mahal?` → Is the price high?
        pieces.insert(Piece(text: insertedBe(), lexemes: []), at: at)
        questionAt = nil
      } else {
        emit(insertedBe(), [])
      }
      note(i, "adjective after a subject: copula inserted")
    }
    emit(x.english, [i])
    // A predicate adjective with a verb after it takes a to-infinitive: `siap membantu` →
    // ready to help.
    let predicate = afterSubject
    afterSubject = false
    i += 1
    if predicate, i < lexemes.count, lexemes[i].category == .verb {
      infinitive = true
      infinitiveMarker = "to"
    }
  }
}
