extension Transfer {
  /// The first rule of `rules` that matches at `i`: its output replaces the lexemes it
  /// matched.
  mutating func dataRule() -> Bool {
    guard !lexemes[i].isPunctuation || rules.hasPunctuationRules else { return false }
    for index in rules.candidates(for: lexemes[i].lowercased) {
      let rule = rules.rules[index]
      if rule.afterSubject, !afterSubject { continue }
      guard let ranges = rules.match(rule, at: i, in: lexemes, words: words) else { continue }
      // A question rule needs a question: a question mark later in the segment.
      if rule.role == .question, !lexemes[i...].contains(where: { $0.surface == "?" }) {
        continue
      }
      let end = ranges.map(\.upperBound).max() ?? i
      var referenced = Set<Int>()
      for case .capture(let n, _) in rule.output { referenced.formUnion(ranges[n]) }
      var unreferenced = (i..<end).filter { !referenced.contains($0) }
      var out: [Piece] = []
      for token in rule.output {
        switch token {
        case .literal(let text):
          out.append(Piece(text: text, lexemes: unreferenced))
          unreferenced = []
        case .be:
          if afterSubject { out.append(Piece(text: insertedBe(), lexemes: [])) }
        case .subject:
          // A clause with no subject takes the last subject back as a pronoun.
          out.append(Piece(text: subjectPronoun, lexemes: []))
        case .punctuation(let mark):
          out.append(
            Piece(text: mark, lexemes: [], isPunctuation: true, spaceBefore: false))
        case .capture(let n, let form):
          guard let k = ranges[n].first else { continue }
          let text = captured(lexemes[k], form)
          if !text.isEmpty { out.append(Piece(text: text, lexemes: [k])) }
        }
      }
      if !unreferenced.isEmpty, let first = out.firstIndex(where: { !$0.isPunctuation }) {
        out[first].lexemes += unreferenced
      }
      for p in out.indices { out[p].rule = rule.reference }
      pieces += out
      for k in i..<end { note(k, rule.reference) }
      let start = i
      i = end
      if rule.role == .adverbial {
        // An adverbial leaves the clause as it was (a subject before it is still the subject).
        return true
      }
      let subject = rule.role == .subject || rule.role == .pluralSubject
      afterSubject = subject
      if subject { subjectPlural = rule.role == .pluralSubject }
      if rule.output.contains(where: { if case .subject = $0 { true } else { false } }) {
        afterSubject = true
        subjectPlural = lastSubjectPlural
      }
      verbForm =
        subject || [.other, .question, .clause].contains(rule.role) ? nil : rule.role
      if rule.role == .clause {
        clauseStart = end
        chunks.append(
          Chunk(
            .clauseBoundary, start..<end, features: [("type", "subordinate")],
            rules: [rule.reference]))
      } else if lexemes[start].category == .preposition, rule.role == .other {
        recordPrepositionalPhrase(start..<end, rule: rule.reference)
      }
      if rule.role == .question { questionAt = pieces.count }
      infinitive = false
      relative = false
      return true
    }
    return false
  }

  /// The last subject as a pronoun: they, he or it.
  var subjectPronoun: String {
    lastSubjectPlural ? "they" : lastSubjectHuman ? "he" : "it"
  }

  func captured(_ x: Lexeme, _ form: TransferRules.Form) -> String {
    let base = x.category == .number ? NumberRules.english(x.surface) : x.english
    switch form {
    case .english: return base
    case .surface: return x.surface
    case .number: return NumberRules.english(x.surface)
    case .time: return NumberRules.time(x.surface) ?? NumberRules.english(x.surface)
    case .ing: return english.presentParticiple(base)
    case .past: return english.past(base)
    case .participle: return english.pastParticiple(base)
    case .plural: return english.plural(base)
    case .adverb: return english.adverb(of: x.adjectiveEnglish ?? base)
    case .comparative: return english.comparative(of: x.adjectiveEnglish ?? base)
    }
  }
}
