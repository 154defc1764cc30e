/// A noun phrase read from the lexemes: its parts sorted into slots (quantifier, number,
/// head, noun and adjective modifiers, demonstrative, possessor, names…), the facts the
/// slot orders of `noun-phrase.rules` test, and the chunk `--explain` shows. The English
/// order is not decided here: `NounPhraseRealiser` puts the slots in the order of the first
/// `order np.…` entry whose conditions hold.
struct NounPhraseChunk {
  /// The lexeme after the phrase.
  var end: Int
  var chunk: Chunk
  /// The slots, by name (`quantifier`, `head`, `nouns`…), each in English order.
  var slots: [String: [Piece]] = [:]
  /// Facts about the phrase besides the filled slots (`nominalisation`, `of-head`,
  /// `lexicon-head`, `english-plural`, `of-demonstrative`, `name`).
  var facts: Set<String> = []
  var isPlural = false
  var isHuman = false
  /// The phrase stopped before a title and a person's name, which it owns ("of").
  var followedByOf = false
  /// A name follows the modifiers (a title before it takes no article).
  var followedByName = false
  /// The head lexeme, and its English (plural when the phrase is).
  var headIndex: Int?
  var headText = ""
  /// What the chunker noticed, per lexeme, for `--explain`.
  var notes: [(Int, String)] = []

  /// Whether a slot or a fact holds.
  func holds(_ name: String) -> Bool {
    if let pieces = slots[name] { return !pieces.isEmpty }
    return facts.contains(name)
  }

  mutating func append(_ slot: String, _ piece: Piece) { slots[slot, default: []].append(piece) }
  mutating func prepend(_ slot: String, _ pieces: [Piece]) {
    slots[slot, default: []].insert(contentsOf: pieces, at: 0)
  }
  func pieces(_ slot: String) -> [Piece] { slots[slot] ?? [] }
}

/// Builds noun-phrase chunks from lexemes, driven by the word lists of
/// `Glossaries/rules/words/` (quantifiers, classifiers, demonstratives, ordinals, measure
/// nouns, pronouns, degree words, human nouns).
struct NounPhraseChunker {
  let lexemes: [Lexeme]
  let english: EnglishMorphology
  let words: FunctionWords
  /// In a headline place names take no "the".
  let headline: Bool

  /// The slot names an `order np.…` entry may use, in the default English order.
  static let slotNames = [
    "indefinite", "quantifier", "article", "demonstrative", "date-demonstrative", "possessor",
    "owner", "leading", "number", "pre-adjectives", "names", "adjectives", "nouns", "head",
    "post", "title-name",
  ]
  /// The facts an `order np.…` entry may test besides the slots.
  static let factNames = [
    "nominalisation", "of-head", "lexicon-head", "english-plural", "of-demonstrative", "name",
    "headline", "plural", "human", "title-head", "measure-head", "date-head", "known-head",
    "followed-by-name", "after-distributive", "countable-nouns",
  ]

  /// Whether an Indonesian noun has the shape of a nominalisation (peN-an, ke-an, per-an):
  /// seven letters or more, with the prefix and suffix of a shape of
  /// `nominalisation-shapes.tsv` (`pe…an`).
  func isNominalisation(_ word: String) -> Bool {
    guard word.count >= 7, !word.contains(" ") else { return false }
    return words.lists.words("nominalisation-shapes").contains { shape in
      let parts = shape.split(separator: "…", maxSplits: 1, omittingEmptySubsequences: false)
      return parts.count == 2 && word.hasPrefix(parts[0]) && word.hasSuffix(parts[1])
    }
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

  /// `ke-10` at `k`: the three lexemes and the ordinal.
  func hyphenOrdinal(at k: Int) -> Int? {
    guard k + 2 < lexemes.count, words.lists.contains("ordinal-markers", lexemes[k].lowercased),
      lexemes[k + 1].surface == "-", lexemes[k + 2].category == .number
    else { return nil }
    return Int(lexemes[k + 2].surface)
  }

  /// The comparative or superlative of `adjective` after the degree word `degree`, when
  /// `graded-degree-words.tsv` lists it (`paling` + big → biggest).
  static func graded(
    _ degree: String, _ adjective: String, words: FunctionWords, english: EnglishMorphology
  ) -> String? {
    switch words.lists.value("graded-degree-words", degree) {
    case "comparative": return english.comparative(of: adjective)
    case "superlative": return english.superlative(of: adjective)
    default: return nil
    }
  }

  /// Where a word list lists `word` (`words/ordinals.tsv:5 ordinals`), for `--explain`.
  func listed(_ list: String, _ word: String) -> String {
    guard let at = words.lists.origin(list, word) else { return "words/\(list).tsv" }
    let parts = at.path.split(separator: "/")
    return "\(parts.suffix(2).joined(separator: "/")):\(at.line) \(list)"
  }

  private func isPerson(_ run: Range<Int>) -> Bool {
    run.contains { lexemes[$0].glossaryEntry?.kind == .person }
  }

  private func measureWord(_ x: Lexeme) -> String {
    x.lowercased.split(separator: "-").first.map(String.init) ?? ""
  }

  /// The noun phrase starting at `start`, or nil when none starts there.
  func chunk(at start: Int) -> NounPhraseChunk? {
    var np = NounPhraseChunk(end: start, chunk: Chunk(.nounPhrase, start..<start))
    if headline { np.facts.insert("headline") }
    if start > 0, words.distributives.contains(lexemes[start - 1].lowercased) {
      np.facts.insert("after-distributive")
    }
    var k = start
    var plural = false
    var indefinite: Int?
    // Determiners, quantifiers, classifiers and numbers.
    while k < lexemes.count {
      let x = lexemes[k]
      let w = x.lowercased
      if let q = words.pluralQuantifiers[w] {
        if !q.isEmpty {
          np.append(
            "quantifier", Piece(text: q, lexemes: [k], rule: listed("plural-quantifiers", w)))
        } else {
          np.notes.append((k, "plural marker " + listed("plural-quantifiers", w)))
        }
        np.chunk.set("quantifier", w)
        plural = true
      } else if let modifier = words.preModifiers[w] {
        np.append(
          "pre-adjectives", Piece(text: modifier, lexemes: [k], rule: listed("pre-modifiers", w)))
      } else if words.indefinites.contains(w) {
        indefinite = k
      } else if x.category == .number {
        let joins =
          k > start && words.lists.contains("currency-signs", lexemes[k - 1].lowercased)
          && !x.spaceBefore
        np.append(
          "number",
          Piece(text: NumberRules.english(x.surface), lexemes: [k], joinsPrevious: joins))
        plural = NumberRules.isPlural(x.surface)
      } else if x.category == .numeral {
        np.append("number", Piece(text: x.english, lexemes: [k]))
        if !words.singularNumerals.contains(w) { plural = true }
      } else if x.category == .determiner {
        np.append("quantifier", Piece(text: x.english, lexemes: [k]))
        np.chunk.set("quantifier", w)
        if words.distributives.contains(w) { plural = false }
      } else if words.lists.contains("currency-signs", w) {
        np.append("number", Piece(text: x.surface, lexemes: [k]))
      } else {
        break
      }
      k += 1
    }
    func finish(_ end: Int, human: Bool) -> NounPhraseChunk {
      np.end = end
      np.isPlural = plural
      np.isHuman = human
      if plural { np.facts.insert("plural") }
      if human { np.facts.insert("human") }
      np.chunk.range = start..<end
      np.chunk.head = np.headIndex
      np.chunk.set("number", plural ? "plural" : "singular")
      np.chunk.set("person", "3")
      np.chunk.set("human", human ? "yes" : "no")
      let definite =
        np.holds("demonstrative") || np.holds("possessor") || np.holds("owner")
      np.chunk.set("definite", definite ? "yes" : indefinite != nil ? "no" : "unmarked")
      return np
    }
    // The head.
    guard k < lexemes.count else {
      guard np.holds("quantifier") || np.holds("number") else { return nil }
      return finish(k, human: false)
    }
    let head = lexemes[k]
    if let run = nameRun(at: k), !(head.isCommonNoun) {
      // A name heads the phrase (a classifier before it is dropped).
      np.facts.insert("name")
      np.prepend("names", namePieces(run, demonym: false))
      np.headIndex = run.lowerBound
      return finish(run.upperBound, human: isPerson(run) || run.contains { lexemes[$0].isUnknown })
    }
    guard
      head.category == .noun || head.isCommonNoun
        || head.category == .classifier && (np.holds("number") || np.holds("quantifier"))
    else {
      if !np.holds("quantifier") && !np.holds("number") && indefinite == nil { return nil }
      if let indefinite {
        np.append("indefinite", Piece(text: lexemes[indefinite].english, lexemes: [indefinite]))
      }
      return finish(k, human: false)
    }
    let headIndex = k
    np.headIndex = headIndex
    plural = plural || head.isPlural
    var possessor: Piece? = head.possessor.map { Piece(text: $0, lexemes: [headIndex]) }
    k += 1
    var modifiers = 0
    var nounCount = 0
    var ofOwner = false
    let isTitleHead = head.glossaryEntry?.kind == .title
    let isDateHead = head.glossaryEntry?.kind == .date
    let isMeasureHead = words.measureNouns.contains(measureWord(head))
    if isTitleHead { np.facts.insert("title-head") }
    if isMeasureHead { np.facts.insert("measure-head") }
    if isDateHead { np.facts.insert("date-head") }
    if head.lexiconEntry != nil || head.glossaryEntry != nil { np.facts.insert("known-head") }
    if isDateHead, k < lexemes.count,
      let (singular, _) = words.demonstratives[lexemes[k].lowercased]
    {
      // `akhir pekan ini` → this weekend
      np.append(
        "date-demonstrative",
        Piece(
          text: singular, lexemes: [k],
          rule: listed("demonstratives", lexemes[k].lowercased)))
      np.chunk.set("demonstrative", lexemes[k].lowercased)
      k += 1
    }
    if isDateHead, k < lexemes.count, let part = words.timesOfDay[lexemes[k].lowercased] {
      // `Senin pagi` → Monday morning
      np.append("post", Piece(text: part, lexemes: [k]))
      k += 1
    }
    // Modifiers after the head.
    modifierLoop: while !isDateHead && k < lexemes.count && modifiers < 4 && possessor == nil {
      var x = lexemes[k]
      let w = x.lowercased
      if let (singular, pluralForm) = words.demonstratives[w] {
        np.chunk.set("demonstrative", w)
        if nounCount == 1, !np.holds("names"),
          np.holds("adjectives") || np.holds("leading"), lexemes[k - 1].category == .noun
        {
          // An adjective between the head and a noun shows the noun is not part of a
          // compound, so the demonstrative is its own: `sidang perdana kasus tersebut` →
          // the first hearing of the case.
          let noun = np.pieces("nouns")[0].text
          let nounPlural = noun.hasSuffix("s") && !noun.hasSuffix("ss")
          np.append(
            "demonstrative",
            Piece(
              text: nounPlural ? pluralForm : singular, lexemes: [k],
              rule: listed("demonstratives", w)))
          np.facts.insert("of-demonstrative")
          k += 1
          break
        }
        let englishPlural = head.english.hasSuffix("s") && !head.english.hasSuffix("ss")
        np.append(
          "demonstrative",
          Piece(
            text: plural || englishPlural ? pluralForm : singular, lexemes: [k],
            rule: listed("demonstratives", w)))
        k += 1
        break
      }
      if let ordinal = words.ordinals[w],
        [.numeral, .determiner, .adjective].contains(x.category)
      {
        np.append("leading", Piece(text: ordinal, lexemes: [k], rule: listed("ordinals", w)))
        np.notes.append((k, "ordinal after the noun → before it " + listed("ordinals", w)))
        k += 1
        modifiers += 1
        continue
      }
      if let n = hyphenOrdinal(at: k) {
        np.append("leading", Piece(text: NumberRules.ordinal(n), lexemes: [k, k + 1, k + 2]))
        np.notes.append(
          (k, "ke-N after the noun → ordinal before it " + listed("ordinal-markers", w)))
        k += 3
        modifiers += 1
        continue
      }
      if words.agoWords.contains(w), np.holds("number"),
        words.measureNouns.contains(head.lowercased)
      {
        // `5 tahun lalu` → 5 years ago
        np.append("post", Piece(text: "ago", lexemes: [k]))
        k += 1
        break
      }
      if words.otherWords.contains(w) {
        np.append(
          "adjectives", Piece(text: "other", lexemes: [k], rule: listed("other-words", w)))
        k += 1
        modifiers += 1
        continue
      }
      if np.holds("number") || (plural && np.holds("quantifier")), isMeasureHead {
        // `empat jam pembicaraan`, `beberapa dekade perundingan`: a counted measure takes no
        // modifiers (of follows)
        break
      }
      if let owner = words.possessives[w], x.category == .pronoun {
        if k + 1 < lexemes.count, [.verb, .auxiliary].contains(lexemes[k + 1].category) { break }
        possessor = Piece(text: owner, lexemes: [k], rule: listed("pronouns", w))
        np.chunk.set("possessor", w)
        np.notes.append((k, "pronoun after noun → possessive " + listed("pronouns", w)))
        k += 1
        if k < lexemes.count, words.demonstratives[lexemes[k].lowercased] != nil {
          // `upaya kedua mereka itu` → their second effort: after a possessive the
          // demonstrative adds nothing English writes.
          possessor?.lexemes.append(k)
          np.chunk.set("demonstrative", lexemes[k].lowercased)
          np.notes.append(
            (
              k,
              "demonstrative after a possessive: absorbed "
                + listed("demonstratives", lexemes[k].lowercased)
            ))
          k += 1
        }
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
        // `krisis keamanan paling serius` → the most serious security crisis;
        // `gempa paling besar` → the biggest earthquake
        let text =
          Self.graded(w, lexemes[k + 1].english, words: words, english: english)
          ?? x.english.split(separator: ";").first.map(String.init)! + " "
          + lexemes[k + 1].english
        np.prepend("adjectives", [Piece(text: text, lexemes: [k, k + 1])])
        np.notes.append(
          (
            k,
            "degree word + adjective in a noun phrase → before the noun "
              + listed("degree-words", w)
          ))
        k += 2
        modifiers += 1
        continue
      }
      switch x.category {
      case .adjective where x.lexiconEntry != nil:
        var text = x.english
        var used = [k]
        if k + 1 < lexemes.count, let intensifier = lexemes[k + 1].lexiconEntry,
          let before = words.lists.value("intensifiers", intensifier.lemma)
        {
          // `penting sekali` → very important
          text = before + " " + text
          k += 1
          used.append(k)
        }
        if words.ordinalAdjectives.contains(text) {
          np.prepend("leading", [Piece(text: text, lexemes: used)])
        } else {
          np.prepend("adjectives", [Piece(text: text, lexemes: used)])
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
        if let run = nameRun(at: j), isPerson(run) || lexemes[j].isUnknown {
          ofOwner = true
          break modifierLoop
        }
        np.prepend("nouns", [Piece(text: x.english, lexemes: [k])])
        nounCount += 1
        k += 1
      case .noun where x.glossaryEntry?.kind != .date:
        var text = x.english
        if let adjective = x.alternatives.first(where: { $0.partOfSpeech == .adjective }),
          x.analysis == nil
        {
          text = adjective.english.first ?? text
        }
        np.prepend("nouns", [Piece(text: text, lexemes: [k])])
        nounCount += 1
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
          np.prepend(
            "names",
            namePieces(run, demonym: false, article: false) + [hyphen]
              + namePieces(second, demonym: false, article: false))
          np.notes.append((k, "hyphenated names modify together"))
          k = second.upperBound
          modifiers += 1
          continue
        }
        if isPerson(run) {
          // `pernyataan Stoltenberg` → Stoltenberg's statement
          if isTitleHead || possessor != nil
            || (run.upperBound < lexemes.count && lexemes[run.upperBound].isName)
            || words.humanNouns.contains(english.singularGuess(head.english.lowercased()))
          {
            break modifierLoop
          }
          var owner = namePieces(run, demonym: false)
          owner[owner.count - 1].text += owner[owner.count - 1].text.hasSuffix("s") ? "'" : "'s"
          np.slots["owner"] = owner
          np.chunk.children.append(
            Chunk(
              .nounPhrase, run, head: run.lowerBound,
              features: [("human", "yes"), ("case", "possessive")]))
          np.chunk.set("possessor", "name")
          np.notes.append((k, "person after a noun → possessive 's"))
          k = run.upperBound
          break modifierLoop
        }
        if isTitleHead && lexemes[run.lowerBound].isUnknown { break modifierLoop }
        if run.count >= 2, run.allSatisfy({ lexemes[$0].isUnknown }),
          words.humanNouns.contains(english.singularGuess(head.english.lowercased()))
        {
          // A noun for a person before a full name works as a title: `wasit Steven Thomson`
          // → referee Steven Thomson.
          break modifierLoop
        }
        np.prepend("names", namePieces(run, demonym: true))
        k = run.upperBound
      default:
        break modifierLoop
      }
      modifiers += 1
    }
    if let possessor { np.slots["possessor"] = [possessor] }
    if let indefinite {
      np.append("indefinite", Piece(text: "a", lexemes: [indefinite]))
    }
    var headText = head.english
    let countable = head.glossaryEntry.map { $0.kind == .term || $0.kind == .title } ?? true
    let isAcronym = headText.allSatisfy { !$0.isLowercase }
    if plural && countable && !isAcronym && !(headText.hasSuffix("s") && !headText.hasSuffix("ss"))
    {
      let pluralText = english.plural(headText)
      if head.glossaryEntry == nil || pluralText.hasPrefix(headText) {
        headText = pluralText
        np.notes.append((headIndex, "plural"))
      }
    }
    np.headText = headText
    np.slots["head"] = [Piece(text: headText, lexemes: [headIndex])]
    if head.lexiconEntry != nil { np.facts.insert("lexicon-head") }
    if headText.hasSuffix("s") && !headText.hasSuffix("ss") { np.facts.insert("english-plural") }
    if isNominalisation(head.lowercased) { np.facts.insert("nominalisation") }
    if words.ofHeads.contains(head.lowercased) { np.facts.insert("of-head") }
    if let last = np.pieces("nouns").last?.text, !last.contains(" "),
      english.isCountable(last), !(last.hasSuffix("s") && !last.hasSuffix("ss"))
    {
      // The noun modifiers end in a singular countable noun (`pembangunan jembatan` → the
      // construction of the bridge).
      np.facts.insert("countable-nouns")
    }
    np.followedByName = k < lexemes.count && lexemes[k].isName
    if np.followedByName { np.facts.insert("followed-by-name") }
    np.followedByOf = ofOwner
    // A title before a person's name: `Menteri ESDM Arifin Tasrif` stays in that order.
    if !np.facts.contains("of-demonstrative"),
      isTitleHead || words.humanNouns.contains(headText),
      let run = nameRun(at: k), isPerson(run) || lexemes[k].isUnknown
    {
      np.slots["title-name"] = namePieces(run, demonym: false)
      np.chunk.children.append(Chunk(.nounPhrase, run, head: run.lowerBound))
      k = run.upperBound
    }
    let human =
      words.humanNouns.contains(english.singularGuess(head.english.lowercased()))
      || isTitleHead
    return finish(k, human: np.facts.contains("of-demonstrative") ? false : human)
  }
}
