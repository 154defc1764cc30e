extension Transfer {
  // MARK: - Noun phrases

  /// A noun phrase built in English order.
  struct NounPhrase {
    var end: Int
    var pieces: [Piece]
    var isPlural: Bool
    var isHuman: Bool
    /// The phrase stopped before a title and a person's name, which it owns ("of").
    var followedByOf = false

    /// Whether the English head reads as a plural (`troops`, `police`), for agreement.
    func looksPlural(_ pluralHeads: Set<String>) -> Bool {
      guard let head = pieces.last?.text.lowercased() else { return false }
      if pluralHeads.contains(head) { return true }
      return head.hasSuffix("s") && !head.hasSuffix("ss") && !head.hasSuffix("us")
        && !head.hasSuffix("is") && !head.hasSuffix("news")
    }
  }

  /// Whether an Indonesian noun has the shape of a nominalisation (peN-an, ke-an, per-an).
  static func isNominalisation(_ word: String) -> Bool {
    word.count >= 7 && !word.contains(" ") && word.hasSuffix("an")
      && (word.hasPrefix("pe") || word.hasPrefix("ke"))
  }

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

  /// The run of names starting at `k` (unknown capitalised words and glossary names), kept
  /// in source order.
  func nameRun(at k: Int) -> Range<Int>? {
    guard k < lexemes.count, lexemes[k].isName else { return nil }
    if lexemes[k].glossaryEntry != nil { return k..<(k + 1) }
    var j = k + 1
    while j < lexemes.count, lexemes[j].isUnknown, lexemes[j].category == .properNoun { j += 1 }
    return k..<j
  }

  func namePieces(_ run: Range<Int>, demonym: Bool, article: Bool = true) -> [Piece] {
    if demonym, run.count == 1, let entry = lexemes[run.lowerBound].glossaryEntry,
      entry.kind == .place, let adjective = english.demonym(of: entry.target)
    {
      // The glossary target must appear verbatim, so a demonym replaces it only when it
      // contains it (`U.S.`, `European` do not) — otherwise the name stays.
      if adjective.contains(entry.target) {
        return [Piece(text: adjective, lexemes: [run.lowerBound])]
      }
    }
    var pieces = run.map { Piece(text: lexemes[$0].english, lexemes: [$0]) }
    if let entry = lexemes[run.lowerBound].glossaryEntry, entry.kind == .place,
      takesThe(entry.target), !headline, !demonym, article
    {
      // As a modifier (`the United States proposal`) the phrase's own article serves.
      pieces.insert(Piece(text: "the", lexemes: []), at: 0)
    }
    return pieces
  }

  /// Place names English writes with "the": the United States, the Philippines.
  func takesThe(_ place: String) -> Bool {
    if place.hasPrefix("United ") || place.hasPrefix("Republic of") { return true }
    for ending in words.placeEndingsWithThe where place.hasSuffix(ending) {
      return true
    }
    return words.placesWithThe.contains(place)
  }

  mutating func nounPhrase(at start: Int) -> NounPhrase? {
    var k = start
    var pre: [Piece] = []
    var plural = false
    var numberPieces: [Piece] = []
    var indefinite: Int?
    var preAdjectives: [Piece] = []
    // Determiners, quantifiers, classifiers and numbers.
    while k < lexemes.count {
      let x = lexemes[k]
      let w = x.lowercased
      if let q = words.pluralQuantifiers[w] {
        if !q.isEmpty { pre.append(Piece(text: q, lexemes: [k])) } else { note(k, "plural marker") }
        plural = true
      } else if let modifier = words.preModifiers[w] {
        preAdjectives.append(Piece(text: modifier, lexemes: [k]))
      } else if words.indefinites.contains(w) {
        indefinite = k
      } else if x.category == .number {
        let joins = k > start && lexemes[k - 1].surface == "Rp" && !x.spaceBefore
        numberPieces.append(
          Piece(text: NumberRules.english(x.surface), lexemes: [k], joinsPrevious: joins))
        plural = NumberRules.isPlural(x.surface)
      } else if x.category == .numeral {
        numberPieces.append(Piece(text: x.english, lexemes: [k]))
        if !words.singularNumerals.contains(w) { plural = true }
      } else if x.category == .determiner {
        pre.append(Piece(text: x.english, lexemes: [k]))
        if words.distributives.contains(w) { plural = false }
      } else if w == "rp" || x.surface == "Rp" || x.surface == "US$" {
        numberPieces.append(Piece(text: x.surface, lexemes: [k]))
      } else {
        break
      }
      k += 1
    }
    // The head.
    guard k < lexemes.count else {
      return pre.isEmpty && numberPieces.isEmpty
        ? nil : NounPhrase(end: k, pieces: pre + numberPieces, isPlural: plural, isHuman: false)
    }
    let head = lexemes[k]
    if let run = nameRun(at: k), !(head.isCommonNoun) {
      var out = pre + numberPieces
      out += namePieces(run, demonym: false)
      let human = run.contains {
        lexemes[$0].glossaryEntry?.kind == .person || lexemes[$0].isUnknown
      }
      return NounPhrase(end: run.upperBound, pieces: out, isPlural: plural, isHuman: human)
    }
    guard
      head.category == .noun || head.isCommonNoun
        || head.category == .classifier && !numberPieces.isEmpty
    else {
      if pre.isEmpty && numberPieces.isEmpty && indefinite == nil { return nil }
      var out = pre + numberPieces
      if let indefinite {
        out.insert(Piece(text: lexemes[indefinite].english, lexemes: [indefinite]), at: 0)
      }
      return NounPhrase(end: k, pieces: out, isPlural: plural, isHuman: false)
    }
    let headIndex = k
    plural = plural || head.isPlural
    var possessor: Piece? = head.possessor.map { Piece(text: $0, lexemes: [headIndex]) }
    k += 1
    // Modifiers after the head.
    var names: [Piece] = []
    var adjectives: [Piece] = []
    var leadingAdjectives: [Piece] = []
    var nouns: [Piece] = []
    var demonstrative: Piece?
    var possessorPieces: [Piece] = []
    var ofDemonstrative: Piece?
    var postPieces: [Piece] = []
    var ofOwner = false
    var datePrefix: Piece?
    var modifiers = 0
    let isTitleHead = head.glossaryEntry?.kind == .title
    let isDateHead = head.glossaryEntry?.kind == .date
    if isDateHead, k < lexemes.count,
      let (singular, _) = words.demonstratives[lexemes[k].lowercased]
    {
      // `akhir pekan ini` → this weekend
      datePrefix = Piece(text: singular, lexemes: [k])
      k += 1
    }
    if isDateHead, k < lexemes.count, let part = words.timesOfDay[lexemes[k].lowercased] {
      // `Senin pagi` → Monday morning
      postPieces.append(Piece(text: part, lexemes: [k]))
      k += 1
    }
    modifierLoop: while !isDateHead && k < lexemes.count && modifiers < 4 && possessor == nil {
      var x = lexemes[k]
      let w = x.lowercased
      if let (singular, pluralForm) = words.demonstratives[w] {
        if nouns.count == 1, names.isEmpty, !adjectives.isEmpty || !leadingAdjectives.isEmpty,
          lexemes[k - 1].category == .noun
        {
          // An adjective between the head and a noun shows the noun is not part of a
          // compound, so the demonstrative is its own: `sidang perdana kasus tersebut` →
          // the first hearing of the case.
          let nounPlural = nouns[0].text.hasSuffix("s") && !nouns[0].text.hasSuffix("ss")
          ofDemonstrative = Piece(text: nounPlural ? pluralForm : singular, lexemes: [k])
          k += 1
          break
        }
        let englishPlural = head.english.hasSuffix("s") && !head.english.hasSuffix("ss")
        demonstrative = Piece(text: plural || englishPlural ? pluralForm : singular, lexemes: [k])
        k += 1
        break
      }
      if let ordinal = words.ordinals[w],
        [.numeral, .determiner, .adjective].contains(x.category)
      {
        leadingAdjectives.append(Piece(text: ordinal, lexemes: [k]))
        note(k, "ordinal after the noun → before it")
        k += 1
        modifiers += 1
        continue
      }
      if w == "ke", k + 2 < lexemes.count, lexemes[k + 1].surface == "-",
        lexemes[k + 2].category == .number, let n = Int(lexemes[k + 2].surface)
      {
        leadingAdjectives.append(Piece(text: NumberRules.ordinal(n), lexemes: [k, k + 1, k + 2]))
        note(k, "ke-N after the noun → ordinal before it")
        k += 3
        modifiers += 1
        continue
      }
      if words.agoWords.contains(w), !numberPieces.isEmpty,
        words.measureNouns.contains(head.lowercased)
      {
        // `5 tahun lalu` → 5 years ago
        postPieces.append(Piece(text: "ago", lexemes: [k]))
        k += 1
        break
      }
      if words.otherWords.contains(w) {
        adjectives.append(Piece(text: "other", lexemes: [k]))
        k += 1
        modifiers += 1
        continue
      }
      if !numberPieces.isEmpty || (plural && !pre.isEmpty),
        words.measureNouns.contains(
          head.lowercased.split(separator: "-").first.map(String.init) ?? "")
      {
        // `empat jam pembicaraan`, `beberapa dekade perundingan`: a counted measure takes no
        // modifiers (of follows)
        break
      }
      if let owner = words.possessives[w], x.category == .pronoun {
        if k + 1 < lexemes.count, [.verb, .auxiliary].contains(lexemes[k + 1].category) { break }
        possessor = Piece(text: owner, lexemes: [k])
        note(k, "pronoun after noun → possessive")
        k += 1
        break
      }
      if words.amountWords[w] != nil || words.extentWords.contains(w) {
        break
      }
      if words.timeNouns[w] != nil || words.timesOfDay[w] != nil,
        k + 1 < lexemes.count,
        words.timeDeictics.contains(lexemes[k + 1].lowercased)
      {
        // `upaya kedua minggu ini` → this week's … : the time phrase is its own phrase
        break
      }
      if [.auxiliary, .adverb].contains(x.category), x.analysis == nil,
        let adjective = x.alternatives.first(where: { $0.partOfSpeech == .adjective }),
        !(k + 1 < lexemes.count && [.verb, .auxiliary].contains(lexemes[k + 1].category))
      {
        // `sanksi baru terhadap` → new sanctions (not the aspect marker "just")
        x.category = .adjective
        x.english = adjective.english.first ?? x.english
      }
      if words.degreeWords[w] != nil,
        k + 1 < lexemes.count, lexemes[k + 1].category == .adjective
      {
        // `krisis keamanan paling serius` → the most serious security crisis
        adjectives.insert(
          Piece(
            text: x.english.split(separator: ";").first.map(String.init)! + " "
              + lexemes[k + 1].english, lexemes: [k, k + 1]), at: 0)
        k += 2
        modifiers += 1
        continue
      }
      switch x.category {
      case .adjective where x.lexiconEntry != nil:
        var text = x.english
        if k + 1 < lexemes.count, let intensifier = lexemes[k + 1].lexiconEntry,
          intensifier.lemma == "sekali"
        {
          text = "very " + text
          k += 1
        }
        if words.ordinalAdjectives.contains(text) {
          leadingAdjectives.insert(Piece(text: text, lexemes: [k]), at: 0)
        } else {
          adjectives.insert(Piece(text: text, lexemes: [k]), at: 0)
        }
        if let p = x.possessor { possessor = Piece(text: p, lexemes: [k]) }
        k += 1
      case .noun where x.glossaryEntry?.kind == .title && !isTitleHead:
        // A title with a person's name after a noun: the noun's owner, joined with "of".
        var j = k + 1
        while j < lexemes.count, let entry = lexemes[j].glossaryEntry,
          [.place, .org].contains(entry.kind)
        {
          j += 1
        }
        if let run = nameRun(at: j),
          run.contains(where: { lexemes[$0].glossaryEntry?.kind == .person })
            || lexemes[j].isUnknown
        {
          ofOwner = true
          break modifierLoop
        }
        nouns.insert(Piece(text: x.english, lexemes: [k]), at: 0)
        k += 1
      case .noun where x.glossaryEntry?.kind != .date:
        var text = x.english
        if let adjective = x.alternatives.first(where: { $0.partOfSpeech == .adjective }),
          x.analysis == nil
        {
          text = adjective.english.first ?? text
        }
        nouns.insert(Piece(text: text, lexemes: [k]), at: 0)
        if let p = x.possessor { possessor = Piece(text: p, lexemes: [k]) }
        k += 1
      case .properNoun:
        guard let run = nameRun(at: k) else { break modifierLoop }
        if run.upperBound + 1 < lexemes.count, lexemes[run.upperBound].surface == "-",
          !lexemes[run.upperBound].spaceBefore, !lexemes[run.upperBound + 1].spaceBefore,
          let second = nameRun(at: run.upperBound + 1)
        {
          // A hyphenated pair of names modifies as one: `proposal AS-NATO` → the United
          // States-NATO proposal.
          let hyphen = Piece(
            text: "-", lexemes: [run.upperBound], isPunctuation: true, spaceBefore: false,
            spaceAfter: false)
          names.insert(
            contentsOf: namePieces(run, demonym: false, article: false) + [hyphen]
              + namePieces(second, demonym: false, article: false), at: 0)
          note(k, "hyphenated names modify together")
          k = second.upperBound
          modifiers += 1
          continue
        }
        if run.contains(where: { lexemes[$0].glossaryEntry?.kind == .person }) {
          // `pernyataan Stoltenberg` → Stoltenberg's statement
          if isTitleHead || possessor != nil
            || (run.upperBound < lexemes.count && lexemes[run.upperBound].isName)
            || words.humanNouns.contains(english.singularGuess(head.english.lowercased()))
          {
            break modifierLoop
          }
          var owner = namePieces(run, demonym: false)
          owner[owner.count - 1].text += owner[owner.count - 1].text.hasSuffix("s") ? "'" : "'s"
          possessorPieces = owner
          note(k, "person after a noun → possessive 's")
          k = run.upperBound
          break modifierLoop
        }
        if isTitleHead && lexemes[run.lowerBound].isUnknown { break modifierLoop }
        names.insert(contentsOf: namePieces(run, demonym: true), at: 0)
        k = run.upperBound
      default:
        break modifierLoop
      }
      modifiers += 1
    }
    var headText = head.english
    let countable = head.glossaryEntry.map { $0.kind == .term || $0.kind == .title } ?? true
    let isAcronym = headText.allSatisfy { !$0.isLowercase }
    if plural && countable && !isAcronym && !(headText.hasSuffix("s") && !headText.hasSuffix("ss"))
    {
      let pluralText = english.plural(headText)
      if head.glossaryEntry == nil || pluralText.hasPrefix(headText) {
        headText = pluralText
        note(headIndex, "plural")
      }
    }
    if let ofDemonstrative, nouns.count == 1 {
      // head + noun modifier + demonstrative → the head of that modifier
      var out: [Piece] = []
      if let indefinite {
        out.append(Piece(text: english.indefiniteArticle(for: headText), lexemes: [indefinite]))
      } else if pre.isEmpty && possessor == nil && numberPieces.isEmpty && !headline {
        out.append(Piece(text: "the", lexemes: []))
      }
      out += pre + numberPieces + leadingAdjectives + names + adjectives
      out.append(Piece(text: headText, lexemes: [headIndex]))
      out.append(Piece(text: "of", lexemes: []))
      out.append(ofDemonstrative)
      out += nouns
      note(headIndex, "noun + noun + demonstrative → the noun of that noun")
      return NounPhrase(end: k, pieces: out, isPlural: plural, isHuman: false)
    } else if let ofDemonstrative {
      demonstrative = ofDemonstrative
    }
    var out: [Piece] = []
    if let indefinite {
      let firstWord = (leadingAdjectives + adjectives + names + nouns).first?.text ?? headText
      out.append(Piece(text: english.indefiniteArticle(for: firstWord), lexemes: [indefinite]))
    }
    if !leadingAdjectives.isEmpty && (!pre.isEmpty || !numberPieces.isEmpty)
      && indefinite == nil && demonstrative == nil && possessor == nil && possessorPieces.isEmpty
    {
      // `empat tahun terakhir`, `beberapa dekade terakhir` → the last four years, the last
      // several decades
      out.append(Piece(text: "the", lexemes: []))
      out += leadingAdjectives
      leadingAdjectives = []
    }
    out += pre
    if !pre.isEmpty, possessor != nil || demonstrative != nil || !possessorPieces.isEmpty {
      // `sebagian pasukannya` → some of the troops
      out.append(Piece(text: "of", lexemes: []))
    }
    let bare =
      indefinite == nil && pre.isEmpty && demonstrative == nil && possessor == nil
      && possessorPieces.isEmpty && numberPieces.isEmpty && head.glossaryEntry?.kind != .date
    let followedByName = k < lexemes.count && lexemes[k].isName
    // English needs an article where Indonesian has none: a bare singular common noun
    // phrase takes "the" (measured on the development set against no article, only
    // modified phrases, and phrases after prepositions), but a title before a name does not.
    let known = head.lexiconEntry != nil || head.glossaryEntry != nil
    let englishPlural =
      headText.hasSuffix("s") && !headText.hasSuffix("ss") && !headText.hasSuffix("us")
      && !headText.hasSuffix("is")
    if bare && known && !followedByName && !plural && !englishPlural && !headline {
      let afterPer = start > 0 && words.distributives.contains(lexemes[start - 1].lowercased)
      let massNoun = !english.isCountable(headText)
      if afterThereIs && start == i {
        // `ada perbedaan` → there is a difference
        if !massNoun {
          let first = (leadingAdjectives + names + adjectives + nouns).first?.text ?? headText
          out.append(Piece(text: english.indefiniteArticle(for: first), lexemes: []))
          note(headIndex, "indefinite article after there is")
        }
      } else if !afterPer && !massNoun && articles && !(noArticleNext && start == i) {
        out.append(Piece(text: "the", lexemes: []))
        note(headIndex, "definite article")
      }
    }
    if let demonstrative { out.append(demonstrative) }
    if let datePrefix { out.append(datePrefix) }
    if var possessor {
      if possessor.text == "the", sawSubject {
        // `-nya` refers back, most often to the subject: its person and number choose.
        possessor.text = lastSubjectPlural ? "their" : lastSubjectHuman ? "his" : "its"
        note(headIndex, "-nya → possessive of the last subject")
      }
      out.append(possessor)
    }
    out += possessorPieces
    out += leadingAdjectives
    out += numberPieces
    out += preAdjectives
    out += names
    out += adjectives
    // Only a head with noun modifiers alone, and not one English already reads as a plural
    // compound head (`pembicaraan senjata` → arms talks).
    let ofHead =
      !nouns.isEmpty && names.isEmpty && adjectives.isEmpty && head.lexiconEntry != nil
      && !(headText.hasSuffix("s") && !headText.hasSuffix("ss"))
      && (Self.isNominalisation(head.lowercased) || words.ofHeads.contains(head.lowercased))
    if !ofHead { out += nouns }
    out.append(Piece(text: headText, lexemes: [headIndex]))
    if ofHead {
      // `penjualan aset` → the sale of assets: a noun made from a verb takes its modifier
      // with "of"
      out.append(Piece(text: "of", lexemes: []))
      out += nouns
      note(headIndex, "nominalisation + noun → of")
    }
    out += postPieces
    // A title before a person's name: `Menteri ESDM Arifin Tasrif` stays in that order.
    if isTitleHead || head.glossaryEntry?.kind == .title
      || words.humanNouns.contains(headText),
      let run = nameRun(at: k),
      run.contains(where: { lexemes[$0].glossaryEntry?.kind == .person })
        || lexemes[k].isUnknown
    {
      out += namePieces(run, demonym: false)
      k = run.upperBound
    }
    if names.count + adjectives.count + nouns.count + leadingAdjectives.count > 0 {
      note(headIndex, "noun phrase: modifiers before the head")
    }
    let human =
      words.humanNouns.contains(english.singularGuess(head.english.lowercased()))
      || head.glossaryEntry?.kind == .title
    return NounPhrase(
      end: k, pieces: out, isPlural: plural, isHuman: human, followedByOf: ofOwner)
  }

  mutating func yang() {
    let next = i + 1 < lexemes.count ? lexemes[i + 1] : nil
    if let next, next.isPassiveVerb {
      note(i, "yang before a passive: dropped")
      relative = true
      i += 1
      return
    }
    // `konsekuensi yang tidak terduga` → the unexpected consequence: a lone adjective (with
    // an intensifier or negation) after yang moves before the noun it describes.
    if lastPhraseEnd == i, let head = lastHeadPiece, head < pieces.count {
      var j = i + 1
      var parts: [String] = []
      var used: [Int] = [i]
      while j < lexemes.count, let w = word(j),
        let degree = words.degreeWords[w] ?? (w == "tidak" ? words.negators[w] : nil)
      {
        parts.append(degree)
        used.append(j)
        j += 1
      }
      if j < lexemes.count, lexemes[j].category == .adjective, lexemes[j].lexiconEntry != nil,
        j + 1 >= lexemes.count || lexemes[j + 1].isPunctuation
          || [.preposition, .conjunction, .verb, .auxiliary].contains(lexemes[j + 1].category)
      {
        parts.append(lexemes[j].english)
        used.append(j)
        pieces.insert(Piece(text: parts.joined(separator: " "), lexemes: used), at: head)
        note(j, "yang + adjective → adjective before the noun")
        i = j + 1
        return
      }
    }
    let human = lastPhraseWasHuman()
    var text = human ? "who" : "that"
    if let next, next.category == .adjective { text += subjectPlural ? " are" : " is" }
    emit(text, [i])
    relative = true
    afterSubject = false
    i += 1
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
    guard lexemes[i].lowercased == "ke", i + 2 < lexemes.count, lexemes[i + 1].surface == "-",
      !lexemes[i + 1].spaceBefore, lexemes[i + 2].category == .number, !lexemes[i + 2].spaceBefore,
      let n = Int(lexemes[i + 2].surface)
    else { return false }
    emit(NumberRules.ordinal(n), [i, i + 1, i + 2])
    note(i, "ke-N → ordinal")
    i += 3
    return true
  }
}
