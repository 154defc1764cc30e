/// The transfer rules: reads lexemes in Indonesian order and writes English pieces, moving
/// modifiers before the nouns they modify, building verb groups from the tense, aspect and
/// negation markers, and formatting numbers and dates.
struct Transfer {
  let lexemes: [Lexeme]
  let english: EnglishMorphology
  /// The word lists (`Glossaries/rules/words/`).
  let words: FunctionWords
  /// The transfer rules written as data (`Glossaries/rules/transfer/`), tried first.
  let rules: TransferRules
  /// Rules applied, per lexeme, for explanations.
  private(set) var notes: [Int: [String]] = [:]
  private var pieces: [Piece] = []
  private var i = 0
  /// Whether the last noun phrase at clause level was plural (for was/were, is/are).
  private var subjectPlural = false
  /// Whether the next verb is an infinitive ("to …").
  private var infinitive = false
  /// The word before the infinitive: "to", "" (bare, after let/make/help) or "from" (+ -ing).
  private var infinitiveMarker = "to"
  /// After a verb like "urge": the infinitive marker its object's verb will take.
  private var pendingControl: String?
  /// Where the last noun phrase ended (lexeme index) and where its head is in `pieces`.
  private var lastPhraseEnd = -1
  private var lastHeadPiece: Int?
  /// Whether the next verb is a gerund (after `dengan` → by).
  private var gerund = false
  /// Whether the next noun phrase follows a measure's "of" (`five years of prison`).
  private var noArticleNext = false
  /// Whether the last words were "there is/are": the next noun phrase takes "a", not "the".
  private var afterThereIs = false
  /// Whether the last noun phrase named a person (for "who").
  private var lastPhraseHuman = false
  /// The last subject: whether it was a person, and plural (for a pronoun that repeats it).
  private var lastSubjectHuman = false
  private var lastSubjectPlural = false
  /// Whether a subject has been read in the segment (for what `-nya` refers back to).
  private var sawSubject = false
  /// Whether the next verb follows `yang`.
  private var relative = false
  /// Whether a noun phrase ended just before, with no verb since (a subject).
  private var afterSubject = false
  /// The form a transfer rule gave the next verb (`tidak akan pernah` → will never + base).
  private var verbForm: TransferRules.Role?
  /// Inside a quotation.
  private var inQuote = false
  /// After a verb of saying in the past: will → would, can → could.
  private var backshift = false

  /// Whether the text is a headline: no articles are added, and place names take no "the".
  let headline: Bool
  /// Whether "the" may be added (not in headlines, bylines and datelines).
  let articles: Bool

  init(
    lexemes: [Lexeme], english: EnglishMorphology, words: FunctionWords,
    rules: TransferRules = TransferRules(), headline: Bool = false, articles: Bool = true
  ) {
    self.rules = rules
    self.lexemes = lexemes
    self.english = english
    self.words = words
    self.headline = headline
    self.articles = articles && !headline
  }

  mutating func run() -> [Piece] {
    while i < lexemes.count {
      let start = i
      step()
      precondition(i > start, "transfer made no progress at lexeme \(start)")
    }
    return pieces
  }

  private mutating func note(_ index: Int, _ rule: String) {
    notes[index, default: []].append(rule)
  }

  private func word(_ k: Int) -> String? {
    k < lexemes.count && !lexemes[k].isPunctuation ? lexemes[k].lowercased : nil
  }

  private mutating func emit(_ text: String, _ lexemes: [Int], joins: Bool = false) {
    guard !text.isEmpty else { return }
    pieces.append(Piece(text: text, lexemes: lexemes, joinsPrevious: joins))
  }

  // MARK: - The main loop

  private mutating func step() {
    let x = lexemes[i]
    if dataRule() { return }
    if dateRule() || adverbRule() || ordinalRule() || nameHeadRule() { return }
    if YangReader(lexemes: lexemes, words: words, english: english).isYang(i) {
      yang()
      return
    }
    if words.preModifiers[x.lowercased] != nil, nounPhraseStep() { return }
    if x.lowercased == "karena" || x.lowercased == "sebab", i + 1 < lexemes.count,
      [.verb, .auxiliary, .pronoun].contains(lexemes[i + 1].category)
        || (words.negators[lexemes[i + 1].lowercased] != nil)
    {
      // `karena terbukti …` → because (a clause), not "because of"
      emit("because", [i])
      if [.verb, .auxiliary].contains(lexemes[i + 1].category)
        || (words.negators[lexemes[i + 1].lowercased] != nil)
      {
        // A clause with no subject after karena takes the last subject back as a pronoun.
        emit(lastSubjectPlural ? "they" : lastSubjectHuman ? "he" : "it", [])
        subjectPlural = lastSubjectPlural
        note(i, "clause without a subject after because → pronoun")
      }
      i += 1
      afterSubject = true
      return
    }
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

  /// The first rule of `rules` that matches at `i`: its output replaces the lexemes it
  /// matched.
  private mutating func dataRule() -> Bool {
    guard !lexemes[i].isPunctuation || rules.hasPunctuationRules else { return false }
    for index in rules.candidates(for: lexemes[i].lowercased) {
      let rule = rules.rules[index]
      guard let ranges = rules.match(rule, at: i, in: lexemes, words: words) else { continue }
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
      pieces += out
      for k in i..<end { note(k, rule.reference) }
      i = end
      let subject = rule.role == .subject || rule.role == .pluralSubject
      afterSubject = subject
      if subject { subjectPlural = rule.role == .pluralSubject }
      verbForm = subject || rule.role == .other ? nil : rule.role
      infinitive = false
      relative = false
      return true
    }
    return false
  }

  private func captured(_ x: Lexeme, _ form: TransferRules.Form) -> String {
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
    }
  }

  /// The copula English needs where Indonesian has none.
  private func insertedBe() -> String {
    return subjectPlural ? "are" : "is"
  }

  private mutating func plain() {
    let x = lexemes[i]
    emit(x.english, [i])
    if x.category == .conjunction { afterSubject = false }
    i += 1
  }

  private mutating func punctuation() {
    let x = lexemes[i]
    let spaceAfter = i + 1 < lexemes.count ? lexemes[i + 1].spaceBefore : true
    // `…, Selasa (11/7)` → `… on Tuesday (July 11)`
    if x.surface == ",", i + 2 < lexemes.count, isDayName(i + 1),
      lexemes[i + 2].surface == "("
    {
      emit("on", [i])
      note(i, "comma before a day and date → on")
      i += 1
      return
    }
    if x.surface == ".", let last = pieces.indices.last, !pieces[last].isPunctuation,
      pieces[last].text.hasSuffix(".")
    {
      // `pukul 09.00.` → 9 a.m. (one period ends both)
      pieces[last].lexemes.append(i)
    } else {
      pieces.append(
        Piece(
          text: x.surface, lexemes: [i], isPunctuation: true, spaceBefore: x.spaceBefore,
          spaceAfter: spaceAfter))
    }
    if x.surface == "“" { inQuote = true }
    if x.surface == "”" { inQuote = false }
    if x.surface == "\"" { inQuote.toggle() }
    if [".", ",", ";", ":", "“", "”", "\"", "(", ")", "—", "–"].contains(x.surface) {
      afterSubject = false
      infinitive = false
      relative = false
      verbForm = nil
    }
    i += 1
  }

  private func isDayName(_ k: Int) -> Bool {
    guard k < lexemes.count, let entry = lexemes[k].glossaryEntry, entry.kind == .date else {
      return false
    }
    return words.dayNames.contains(entry.target)
  }

  // MARK: - Dates and numbers

  /// `(11/7)` → `(July 11)`; `15 Februari 2022` → `February 15, 2022`; `pukul 10.30` → `10:30`.
  private mutating func dateRule() -> Bool {
    let x = lexemes[i]
    if x.surface == "(", i + 4 < lexemes.count, lexemes[i + 1].category == .number,
      lexemes[i + 2].surface == "/", lexemes[i + 3].category == .number,
      lexemes[i + 4].surface == ")",
      let date = NumberRules.dayMonth(day: lexemes[i + 1].surface, month: lexemes[i + 3].surface)
    {
      pieces.append(
        Piece(
          text: "(", lexemes: [i], isPunctuation: true, spaceBefore: x.spaceBefore,
          spaceAfter: false))
      emit(date, [i + 1, i + 2, i + 3])
      note(i + 1, "day/month → \(date)")
      pieces.append(Piece(text: ")", lexemes: [i + 4], isPunctuation: true, spaceBefore: false))
      i += 5
      return true
    }
    if x.category == .number, let day = Int(x.surface), (1...31).contains(day),
      i + 1 < lexemes.count, let month = lexemes[i + 1].glossaryEntry, month.kind == .date,
      !words.dayNames.contains(month.target)
    {
      emit(month.target, [i + 1])
      emit(x.surface, [i])
      note(i, "day month → month day")
      i += 2
      if i < lexemes.count, lexemes[i].category == .number, lexemes[i].surface.count == 4 {
        pieces.append(Piece(text: ",", lexemes: [], isPunctuation: true, spaceBefore: false))
        emit(lexemes[i].surface, [i])
        i += 1
      }
      return true
    }
    if x.category == .number || x.category == .numeral, i + 1 < lexemes.count,
      lexemes[i + 1].lowercased.hasSuffix(" lalu"),
      let unit = words.timeNouns[String(lexemes[i + 1].lowercased.dropLast(5))]
    {
      // `5 tahun lalu`, `dua minggu lalu` → 5 years ago, two weeks ago
      let number = x.category == .number ? NumberRules.english(x.surface) : x.english
      let many = x.category == .number ? NumberRules.isPlural(x.surface) : x.lowercased != "satu"
      emit(number, [i])
      emit((many ? english.plural(unit) : unit) + " ago", [i + 1])
      note(i + 1, "number + time + lalu → ago")
      i += 2
      return true
    }
    if x.category == .number, x.surface.contains(":"), let time = NumberRules.time(x.surface) {
      emit(time, [i])
      note(i, "time of day")
      i += 1
      return true
    }
    if x.lowercased == "pukul", i + 1 < lexemes.count, lexemes[i + 1].category == .number,
      let time = NumberRules.time(lexemes[i + 1].surface)
    {
      let previous = i > 0 ? lexemes[i - 1].lowercased : ""
      if !words.timePrepositions.contains(previous) {
        emit("at", [i])
      }
      emit(time, [i, i + 1])
      i += 1
      note(i, "time of day")
      i += 1
      return true
    }
    return false
  }

  // MARK: - Noun phrases

  private mutating func nounPhraseStep() -> Bool {
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
  private mutating func nounPhrase(at start: Int) -> NounPhrase? {
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
    let (phrase, phraseNotes, _) = NounPhraseRealiser(english: english, rules: rules)
      .realise(chunk, context)
    for (k, text) in phraseNotes { note(k, text) }
    return phrase
  }

  // MARK: - Verb groups

  /// Negation, tense, aspect and modal markers, then the verb; returns false when there is
  /// nothing to build.
  @discardableResult
  private mutating func verbGroup() -> Bool {
    // A clause with no subject after a verb of saying takes the subject back as a pronoun:
    // `Rusia mengatakan akan menanggapi` → Russia said it will respond.
    if i > 0, lexemes[i - 1].category == .verb,
      words.reportingVerbs.contains(lexemes[i - 1].english),
      lexemes[i].category == .auxiliary || (words.negators[lexemes[i].lowercased] != nil)
    {
      let pronoun = lastSubjectPlural ? "they" : lastSubjectHuman ? "he" : "it"
      emit(pronoun, [])
      note(i, "clause without a subject after a verb of saying → \(pronoun)")
      subjectPlural = lastSubjectPlural
    }
    var k = i
    var negation: String?
    var future = false
    var perfect = false
    var progressive = false
    var modal: String?
    var adverbs: [Piece] = []
    while k < lexemes.count, let w = word(k) {
      let x = lexemes[k]
      if (words.negators[w] != nil) {
        negation = w
      } else if words.future.contains(w) {
        future = true
      } else if words.perfect.contains(w) {
        perfect = true
      } else if words.progressive.contains(w), x.category == .auxiliary {
        progressive = true
      } else if let m = words.modals[w], x.category == .auxiliary || x.category == .verb,
        k + 1 < lexemes.count, [.verb, .auxiliary, .adverb].contains(lexemes[k + 1].category)
      {
        modal = m
      } else if x.category == .auxiliary, x.english.hasSuffix(" to"), k + 1 < lexemes.count,
        lexemes[k + 1].category == .verb
      {
        // An auxiliary the lexicon gives as "be reluctant to", "tend to": a modal phrase,
        // its "be" in the tense of the clause.
        modal =
          x.english.hasPrefix("be ")
          ? (subjectPlural ? "were" : "was") + x.english.dropFirst(2) : english.past(x.english)
      } else if let adverb = words.groupAdverbs[w], k + 1 < lexemes.count,
        [.verb, .auxiliary].contains(lexemes[k + 1].category)
          || (words.negators[lexemes[k + 1].lowercased] != nil)
      {
        adverbs.append(Piece(text: adverb, lexemes: [k]))
      } else {
        break
      }
      k += 1
    }
    let markers = Array(i..<k)
    guard k < lexemes.count, lexemes[k].category == .verb else {
      // A verb-like word with no verb after it is a plain word.
      guard !markers.isEmpty else { return false }
      // Markers before an adjective, noun or nothing: "not", "will be", "already".
      let beforeAdjective = k < lexemes.count && lexemes[k].category == .adjective
      var words: [String] = []
      let beforeNoun =
        k < lexemes.count && [.noun, .properNoun, .pronoun].contains(lexemes[k].category)
      if afterSubject && (beforeAdjective || beforeNoun && negation != nil) && !future
        && modal == nil
      {
        words.append(insertedBe())
      }
      if let modal { words.append(modal == "can" ? "can" : modal) }
      if future { words.append(backshift ? "would" : "will") }
      if let negation {
        words.append(
          negation == "belum"
            ? "not yet" : negation == "jangan" ? (beforeAdjective ? "do not be" : "do not") : "not")
      }
      if perfect { words.append("already") }
      if (future || modal != nil) && beforeAdjective { words.append("be") }
      if progressive { words.append("currently") }
      pieces += adverbs
      emit(words.joined(separator: " "), markers)
      i = k
      afterSubject = false
      return true
    }
    let verbIndex = k
    let verb = lexemes[k]
    let analysedPassive = verb.analysis?.isPassive ?? false
    // A verb of saying after a quotation: `…,” kata Retno` → `… Retno said`.
    if words.sayVerbs.contains(verb.lowercased), markers.isEmpty, i > 0,
      lexemes[i - 1].isPunctuation([",", "”", "\"", "’"]), let phrase = nounPhrase(at: k + 1)
    {
      pieces += phrase.pieces
      i = phrase.end
      if i < lexemes.count, lexemes[i].lowercased == "kepada", verb.english == "say" {
        // `kata X kepada wartawan` → X told reporters
        emit("told", [k, i])
        note(k, "verb of saying + kepada → told")
        i += 1
      } else if i < lexemes.count, lexemes[i].lowercased.hasPrefix("kepada "),
        lexemes[i].english.hasPrefix("to "), verb.english == "say"
      {
        // the same with a lexicon phrase: `kepada wartawan` → told reporters
        emit("told", [k])
        emit(String(lexemes[i].english.dropFirst(3)), [i])
        note(k, "verb of saying + kepada → told")
        i += 1
      } else {
        emit(english.past(verb.english), [k])
      }
      note(k, "verb of saying after a quotation: subject first, past tense")
      return true
    }
    if verb.lowercased == "menjadi", i > 0,
      lexemes[max(0, i - 4)..<i].contains(where: {
        $0.category == .verb && words.changeVerbs.contains($0.english)
      })
    {
      emit("to", [k])
      note(k, "menjadi after a verb of change → to")
      i = k + 1
      return true
    }
    if verb.analysis?.prefixes == [.ber], verb.english.hasPrefix("have "), markers.isEmpty,
      i > 0, lexemes[i - 1].isCommonNoun || lexemes[i - 1].category == .noun
    {
      // ber- + noun right after a noun describes it: `gempa bermagnitudo 5,6` → earthquake
      // with magnitude 5.6
      emit("with " + verb.english.dropFirst(5), [k])
      note(k, "ber- + noun after a noun → with")
      i = k + 1
      return true
    }
    var base = verb.english
    var passive = analysedPassive
    var givenParticiple: String?
    if base.hasPrefix("be "), verb.lowercased.hasPrefix("di") || verb.lowercased.hasPrefix("ter") {
      // The lexicon gives a passive form in English (`dikutip` → be quoted).
      passive = true
      givenParticiple = String(base.dropFirst(3))
      base = givenParticiple!
    }
    func participle(_ verb: String) -> String { givenParticiple ?? english.pastParticiple(verb) }
    if base.hasSuffix("ly") && !base.contains(" ")
      && !words.englishLyVerbs.contains(base)
    {
      pieces += adverbs
      emit(base, markers + [k])
      i = k + 1
      return true
    }
    if let first = base.split(separator: " ").first,
      words.englishSubjects.contains(first.lowercased())
    {
      pieces += adverbs
      emit(base, markers + [k])
      note(k, "lexicon gives a whole clause")
      i = k + 1
      afterSubject = false
      infinitive = false
      return true
    }
    // `ada` with no subject before it: "there is/are".
    if verb.lowercased == "ada", markers.isEmpty, !afterSubject {
      let pluralNext =
        k + 1 < lexemes.count
        && (lexemes[k + 1].isPlural
          || words.pluralQuantifiers[lexemes[k + 1].lowercased] != nil)
      emit(pluralNext ? "there are" : "there is", [k])
      afterThereIs = true
      note(k, "ada without a subject → there is/are")
      i = k + 1
      return true
    }
    var group: [String] = []
    var rule: String
    let be = subjectPlural ? "were" : "was"
    if let form = verbForm {
      switch form {
      case .verbIng:
        group = passive ? ["being", participle(base)] : [english.presentParticiple(base)]
      case .verbPast:
        group = passive ? [be, participle(base)] : [english.past(base)]
      case .verbParticiple:
        group = [participle(base)]
      case .verbPerfect:
        group = passive ? ["been", participle(base)] : [participle(base)]
      default:
        group = passive ? ["be", participle(base)] : [base]
      }
      rule = "verb form given by the rule before it (\(form.rawValue))"
    } else if gerund && !passive {
      group = [english.presentParticiple(base)]
      rule = "dengan + verb → by + -ing"
    } else if infinitive && infinitiveMarker != "to" {
      group =
        infinitiveMarker == "from"
        ? ["from", english.presentParticiple(base)] : passive ? ["be", participle(base)] : [base]
      rule = "infinitive after the object of a control verb"
    } else if infinitive {
      group = passive ? ["to be", participle(base)] : ["to", base]
      if i > 0, let previous = word(i - 1), words.infinitiveMarkers.contains(previous) {
        group.removeFirst()
        if passive { group.insert("be", at: 0) }
      }
      rule = "infinitive"
    } else if var modal {
      // Reported speech after a verb of saying in the past: can → could, will → would.
      if backshift && modal == "can" { modal = "could" }
      if modal.hasPrefix("be ") {
        // `mampu` → be able to: "be" takes the tense of the clause
        group = [be] + (negation != nil ? ["not"] : []) + [String(modal.dropFirst(3))]
      } else if negation != nil && modal.hasSuffix(" to") {
        // `tidak mau` → did not want to
        group = ["did not", modal]
      } else {
        group = negation != nil ? (modal == "can" ? ["cannot"] : [modal, "not"]) : [modal]
      }
      group += passive ? ["be", participle(base)] : [base]
      rule = "modal"
    } else if future {
      group = [backshift ? "would" : "will"] + (negation != nil ? ["not"] : [])
      group += passive ? ["be", participle(base)] : [base]
      rule = "future (akan)"
    } else if perfect || negation == "belum" {
      group = [subjectPlural ? "have" : "has"]
      group += negation == "belum" ? ["not yet"] : negation != nil ? ["not"] : []
      group += passive ? ["been", participle(base)] : [participle(base)]
      rule = "perfect (telah/sudah/belum)"
    } else if progressive {
      group = [subjectPlural ? "are" : "is"] + (negation != nil ? ["not"] : [])
      group +=
        passive ? ["being", participle(base)] : [english.presentParticiple(base)]
      rule = "progressive (sedang)"
    } else if let negation {
      if negation == "jangan" {
        group = ["do not", base]
      } else if passive {
        group = [be, "not", participle(base)]
      } else {
        group = ["did not", base]
      }
      rule = "negation"
    } else if relative && passive {
      group = [participle(base)]
      rule = "yang + passive → participle"
    } else if passive {
      group = [be, participle(base)]
      rule = "di- passive"
    } else if base == "be" || base.hasPrefix("be ") {
      group =
        [subjectPlural ? "are" : "is"] + base.split(separator: " ").dropFirst().map(String.init)
      rule = "copula"
    } else {
      group = [english.past(base)]
      rule = "past tense"
    }
    if verb.english.isEmpty { group = [] }
    // Adverbs go after the first auxiliary (`will still`, `has also`), or before a lone verb.
    if !group.isEmpty, adverbs.contains(where: { $0.text == "continue to" }) {
      // `terus` + verb: "continue" takes the tense, aspect, modality and negation of the
      // group (`akan terus` → will continue to, `telah terus` → has continued to, `tidak
      // terus` → did not continue to); the verb follows as a to-infinitive.
      var kept = Array(group.dropLast())
      if passive, let last = kept.last, ["be", "been", "being", "to be"].contains(last) {
        kept.removeLast()
        if last == "to be" { kept.append("to") }
      }
      if passive, kept.count == 2, kept[1] == "not", ["was", "were"].contains(kept[0]) {
        kept = ["did not"]
      } else if passive, kept.count == 1, ["was", "were"].contains(kept[0]) {
        kept = []
      }
      let continued: String
      if kept.isEmpty {
        continued = infinitiveRule(rule) ? "continue" : english.past("continue")
      } else if rule.hasPrefix("perfect") {
        continued = english.pastParticiple("continue")
      } else if rule.hasPrefix("progressive") {
        continued = english.presentParticiple("continue")
      } else {
        continued = "continue"
      }
      adverbs.removeAll { $0.text == "continue to" }
      group = kept + [continued + " to"] + (passive ? ["be", participle(base)] : [base])
      note(verbIndex, "terus + verb → continue to, in the tense of the group")
    }
    let auxiliaries = group.dropLast()
    if let first = auxiliaries.first, !adverbs.isEmpty {
      emit(first, markers.isEmpty ? [verbIndex] : markers)
      pieces += adverbs
      let rest = auxiliaries.dropFirst()
      if !rest.isEmpty {
        emit(rest.joined(separator: " "), markers.isEmpty ? [verbIndex] : markers)
      }
    } else {
      pieces += adverbs
      if !auxiliaries.isEmpty {
        emit(auxiliaries.joined(separator: " "), markers.isEmpty ? [verbIndex] : markers)
      }
    }
    if let last = group.last { emit(last, [verbIndex]) }
    if passive, k + 1 < lexemes.count, !verb.english.isEmpty, isAgent(k + 1) {
      // `ditangkap polisi` → arrested by the police: the agent follows with no "oleh"
      emit("by", [])
      note(verbIndex, "passive + noun phrase → by")
    }
    if let possessor = verb.possessor, possessor == "the" {
      emit("it", [verbIndex])
      note(verbIndex, "clitic -nya on a verb → it")
    }
    note(verbIndex, rule)
    if rule == "past tense" && words.reportingVerbs.contains(base) && !inQuote { backshift = true }
    i = k + 1
    verbForm = nil
    relative = false
    gerund = false
    afterSubject = false
    // A verb directly after a verb is an infinitive: `sepakat meningkatkan` → agreed to raise.
    infinitive = i < lexemes.count && lexemes[i].category == .verb
    infinitiveMarker = "to"
    pendingControl = infinitive ? nil : words.controlVerbs[base]
    return true
  }

  /// Whether the lexeme at `k` can be the agent of a passive with no "oleh": a name, an
  /// organisation, a pronoun or a noun for people (`ditangkap polisi`).
  private func isAgent(_ k: Int) -> Bool {
    let x = lexemes[k]
    if let entry = x.glossaryEntry {
      return [.person, .org, .place, .media, .keep, .title].contains(entry.kind)
    }
    if x.category == .pronoun { return words.objects[x.lowercased] != nil }
    if x.category == .properNoun { return true }
    return x.category == .noun
      && words.humanNouns.contains(english.singularGuess(x.english.lowercased()))
  }

  private func infinitiveRule(_ rule: String) -> Bool { rule == "infinitive" }

  // MARK: - Other words

  private mutating func pronoun() {
    let x = lexemes[i]
    let nextIsVerb =
      i + 1 < lexemes.count
      && [.verb, .auxiliary].contains(lexemes[i + 1].category)
    let afterVerbOrPreposition =
      !pieces.isEmpty && i > 0 && !nextIsVerb
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

  /// `yang` after a noun phrase, read by `YangReader`.
  private mutating func yang() {
    let reader = YangReader(lexemes: lexemes, words: words, english: english)
    let head = lastPhraseEnd == i ? lastHeadPiece.flatMap { $0 < pieces.count ? $0 : nil } : nil
    switch reader.reading(
      at: i, afterNounPhrase: head != nil, human: lastPhraseWasHuman(), plural: subjectPlural)
    {
    case .beforePassive:
      note(i, "yang before a passive: dropped")
      relative = true
      i += 1
    case .adjective(let text, let used, let end):
      pieces.insert(Piece(text: text, lexemes: used), at: head!)
      note(end - 1, "yang + adjective → adjective before the noun")
      i = end
    case .relative(let text):
      emit(text, [i])
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

  private mutating func preposition() {
    let x = lexemes[i]
    let w = x.lowercased
    let next = i + 1 < lexemes.count ? lexemes[i + 1] : nil
    var text = x.english
    switch w {
    case "dengan" where next?.category == .verb && !(next?.isPassiveVerb ?? false):
      // `dengan mengatakan` → by saying
      text = "by"
      gerund = true
    case "untuk", "guna":
      if let next,
        [.verb, .auxiliary].contains(next.category)
          || (words.negators[next.lowercased] != nil)
      {
        text = "to"
        infinitive = true
      } else {
        text = "for"
      }
    case "pada":
      if let next,
        next.glossaryEntry?.kind == .date || words.timeNouns[next.lowercased] != nil,
        i + 2 < lexemes.count, words.timeDeictics.contains(lexemes[i + 2].lowercased)
      {
        // `pada akhir pekan ini` → this weekend: English needs no preposition
        text = ""
      } else if let next, next.lowercased == "pukul" {
        text = "at"
      } else if let next {
        if next.category == .number, i + 2 < lexemes.count,
          lexemes[i + 2].glossaryEntry?.kind == .date
        {
          text = "on"
        } else if next.category == .number
          || next.glossaryEntry?.kind == .date && !isDayName(i + 1)
        {
          text = "in"
        } else if isDayName(i + 1) {
          text = "on"
        }
      }
    case "sebesar", "senilai", "sebanyak":
      let changeVerbBefore = lexemes[max(0, i - 6)..<i].contains {
        $0.category == .verb && words.changeVerbs.contains($0.english)
      }
      if i > 0, lexemes[i - 1].category == .verb || changeVerbBefore && w == "sebesar" {
        text = "by"
      } else if i > 0, lexemes[i - 1].category == .noun {
        text = "of"
      } else if w == "sebanyak" {
        text = "a total of"
      }
    case "dari":
      if i > 0,
        words.fractionWords.contains(lexemes[i - 1].lowercased)
      {
        text = "of"
      }
    default:
      break
    }
    emit(text, [i])
    afterSubject = false
    i += 1
  }

  /// `dengan tegas`, `secara resmi` → firmly, officially; `cukup kuat` → strong enough.
  /// A common noun that heads a proper name: `Gunung Semeru` → Mount Semeru,
  /// `Stadion Gelora Bung Tomo` → Gelora Bung Tomo Stadium.
  private mutating func nameHeadRule() -> Bool {
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
  private mutating func ordinalRule() -> Bool {
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

  private mutating func adverbRule() -> Bool {
    let w = lexemes[i].lowercased
    guard i + 1 < lexemes.count, !lexemes[i].isPunctuation else { return false }
    let next = lexemes[i + 1]
    let adjective =
      next.category == .adjective
      ? next.english
      : next.alternatives.first { $0.partOfSpeech == .adjective }?.english.first
    guard let adjective, next.analysis == nil, !adjective.contains(" ") else { return false }
    if w == "dengan" || w == "secara" {
      emit(english.adverb(of: adjective), [i, i + 1])
      note(i + 1, "\(w) + adjective → adverb")
      i += 2
      return true
    }
    if w == "cukup", next.category == .adjective {
      if afterSubject { emit(insertedBe(), []) }
      emit(adjective + " enough", [i, i + 1])
      note(i, "cukup + adjective → adjective + enough")
      afterSubject = false
      i += 2
      return true
    }
    return false
  }

  private mutating func adjective() {
    let x = lexemes[i]
    if afterSubject {
      emit(insertedBe(), [])
      note(i, "adjective after a subject: copula inserted")
    }
    emit(x.english, [i])
    afterSubject = false
    i += 1
  }
}
