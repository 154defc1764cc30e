/// The markers and verb of one verb group, with the features the `group` and `part` rules
/// of `verb-group.rules` read.
struct VerbGroupChunk {
  /// Negation, tense, aspect and modal markers and adverbs before the verb.
  var markers: Range<Int>
  /// The verb, if the markers stand before one.
  var verb: Int?
  var adverbs: [Piece] = []
  /// A group adverb that English says as a verb with a to-infinitive (`terus` → continue
  /// to): its verb takes the tense of the group.
  var catenative: (verb: String, lexeme: Int)?
  var features: [(name: String, value: String)] = []

  var featureTable: [String: String] {
    Dictionary(features.map { ($0.name, $0.value) }, uniquingKeysWith: { a, _ in a })
  }

  mutating func set(_ name: String, _ value: String = "yes") {
    features.removeAll { $0.name == name }
    features.append((name, value))
  }
}

extension Transfer {
  /// Reads the markers at `i` and the verb after them (`tidak akan terus mendorong`).
  func verbGroupChunk() -> VerbGroupChunk {
    var k = i
    var chunk = VerbGroupChunk(markers: i..<i)
    while k < lexemes.count, let w = word(k) {
      let x = lexemes[k]
      let nextIsVerbal =
        k + 1 < lexemes.count && [.verb, .auxiliary].contains(lexemes[k + 1].category)
      if words.negators[w] != nil {
        chunk.set("negation", w)
      } else if words.future.contains(w) {
        chunk.set("future")
      } else if words.perfect.contains(w) {
        chunk.set("perfect")
      } else if words.progressive.contains(w), x.category == .auxiliary {
        chunk.set("progressive")
      } else if let modal = words.modals[w], [.auxiliary, .verb, .adverb].contains(x.category),
        k + 1 < lexemes.count,
        [.verb, .auxiliary, .adverb, .adjective].contains(lexemes[k + 1].category)
      {
        setModal(&chunk, modal, lexicon: false)
      } else if x.category == .auxiliary, x.english.hasSuffix(" to"), k + 1 < lexemes.count,
        lexemes[k + 1].category == .verb
      {
        // An auxiliary the lexicon gives as "be reluctant to", "tend to": a modal phrase.
        setModal(&chunk, x.english, lexicon: true)
      } else if let adverb = words.groupAdverbs[w],
        nextIsVerbal || (k + 1 < lexemes.count && words.negators[lexemes[k + 1].lowercased] != nil)
      {
        if adverb.hasSuffix(" to") {
          chunk.catenative = (String(adverb.dropLast(3)), k)
          chunk.set("catenative", String(adverb.dropLast(3)))
        } else {
          chunk.adverbs.append(Piece(text: adverb, lexemes: [k]))
        }
      } else {
        break
      }
      k += 1
    }
    chunk.markers = i..<k
    if k < lexemes.count, lexemes[k].category == .verb { chunk.verb = k }
    return chunk
  }

  private func setModal(_ chunk: inout VerbGroupChunk, _ modal: String, lexicon: Bool) {
    chunk.set("modal", modal)
    if modal.hasPrefix("be ") { chunk.set("modal-be") }
    if modal.hasSuffix(" to") { chunk.set("modal-to") }
    if lexicon { chunk.set("modal-lexicon") }
  }

  /// Negation, tense, aspect and modal markers, then the verb; returns false when there is
  /// nothing to build.
  @discardableResult
  mutating func verbGroup() -> Bool {
    // A clause with no subject after a verb of saying takes the subject back as a pronoun:
    // `Rusia mengatakan akan menanggapi` → Russia said it will respond.
    if i > 0, lexemes[i - 1].category == .verb,
      words.reportingVerbs.contains(lexemes[i - 1].english),
      lexemes[i].category == .auxiliary || (words.negators[lexemes[i].lowercased] != nil)
    {
      let pronoun = subjectPronoun
      emit(pronoun, [])
      note(i, "clause without a subject after a verb of saying → \(pronoun)")
      subjectPlural = lastSubjectPlural
    }
    var chunk = verbGroupChunk()
    let markers = Array(chunk.markers)
    guard let k = chunk.verb else {
      // A verb-like word with no verb after it is a plain word.
      guard !markers.isEmpty else { return false }
      return markersWithoutVerb(chunk)
    }
    let verbIndex = k
    let verb = lexemes[k]
    // A verb of saying after a quotation: `…,” kata Retno` → `… Retno said`.
    if words.sayVerbs.contains(verb.lowercased), markers.isEmpty, i > 0,
      lexemes[i - 1].isPunctuation([",", "”", "\"", "’"]), let phrase = nounPhrase(at: k + 1)
    {
      pieces += phrase.pieces
      i = phrase.end
      if i < lexemes.count, words.clauseVerbs[lexemes[i].lowercased] == "addressee",
        verb.english == "say"
      {
        // `kata X kepada wartawan` → X told reporters
        emit("told", [k, i])
        note(k, "verb of saying + kepada → told")
        i += 1
      } else if i < lexemes.count,
        let first = lexemes[i].lowercased.split(separator: " ").first,
        words.clauseVerbs[String(first)] == "addressee", lexemes[i].lowercased.contains(" "),
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
      chunks.append(
        Chunk(.clauseBoundary, k..<i, head: k, features: [("type", "reporting")]))
      note(k, "verb of saying after a quotation: subject first, past tense")
      return true
    }
    if words.clauseVerbs[verb.lowercased] == "result", i > 0,
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
    var passive = verb.analysis?.isPassive ?? false
    var givenParticiple: String?
    if base.hasPrefix("be "),
      verb.lowercased.hasPrefix(MorphAnalysis.Prefix.di.rawValue)
        || verb.lowercased.hasPrefix(MorphAnalysis.Prefix.ter.rawValue)
    {
      // The lexicon gives a passive form in English (`dikutip` → be quoted).
      passive = true
      givenParticiple = String(base.dropFirst(3))
      base = givenParticiple!
    }
    if base.hasSuffix("ly") && !base.contains(" ")
      && !words.englishLyVerbs.contains(base)
    {
      pieces += chunk.adverbs
      emit(base, markers + [k])
      i = k + 1
      return true
    }
    if let first = base.split(separator: " ").first,
      words.englishSubjects.contains(first.lowercased())
    {
      pieces += chunk.adverbs
      emit(base, markers + [k])
      if let said = verb.lowercased.split(separator: " ").first,
        words.sayVerbs.contains(String(said))
      {
        // `kata dia` → he said: a reporting clause
        chunks.append(
          Chunk(.clauseBoundary, k..<(k + 1), head: k, features: [("type", "reporting")]))
      }
      i = k + 1
      afterSubject = false
      infinitive = false
      return true
    }
    // `ada` with no subject before it: "there is/are".
    if words.clauseVerbs[verb.lowercased] == "existential", markers.isEmpty, !afterSubject {
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
    if passive { chunk.set("passive") }
    if let verbForm { chunk.set("form", verbForm.rawValue) }
    if infinitive {
      chunk.set(
        "infinitive",
        infinitiveMarker == "to" ? "to" : infinitiveMarker.isEmpty ? "bare" : infinitiveMarker)
    }
    if relative { chunk.set("relative") }
    // A passive after a conjunction and `yang` (or a rule that asks for a participle) with
    // its agent right after it: English makes the agent the subject (`seperti yang
    // diharapkan para pemimpin` → as the leaders expected). After a noun the relative stays
    // passive (`kebijakan yang ditolak warga` → the policy rejected by residents).
    let afterConjunction =
      relative && i >= 2 && lexemes[i - 2].category == .conjunction
    var agent: NounPhrase?
    if passive, afterConjunction || verbForm == .verbParticiple, k + 1 < lexemes.count,
      lexemes[k + 1].category != .pronoun,
      isAgent(k + 1)
        || (words.pluralQuantifiers[lexemes[k + 1].lowercased] != nil && k + 2 < lexemes.count
          && isAgent(k + 2) && lexemes[k + 2].category != .pronoun)
    {
      agent = nounPhrase(at: k + 1)
      // Coordinated agents: `dikeluarkan Kim Jong Un dan Donald Trump`.
      while var phrase = agent, phrase.end + 1 < lexemes.count,
        lexemes[phrase.end].category == .conjunction, lexemes[phrase.end].english == "and",
        isAgent(phrase.end + 1), let next = nounPhrase(at: phrase.end + 1)
      {
        phrase.pieces.append(Piece(text: "and", lexemes: [phrase.end]))
        phrase.pieces += next.pieces
        phrase.end = next.end
        agent = phrase
      }
      if agent != nil { chunk.set("agent") }
    }
    // A verb that opens a sentence with no subject: a participle clause or a gerund
    // (`Mengumumkan perubahan itu, dia menulis` → Announcing the change, he wrote).
    if !headline, markers.isEmpty, !passive, verbForm == nil, !infinitive,
      lexemes[..<i].allSatisfy({ $0.isPunctuation })
    {
      chunk.set("opening")
      // `Lakukan!`, `Keluarlah`: a bare verb with -kan or -i, or with -lah, gives an order.
      if let analysis = verb.analysis,
        analysis.clitic == .lah || analysis.particle == .lah
          || analysis.prefixes.isEmpty && analysis.suffix != nil
      {
        chunk.set("imperative")
      }
      if opensWholeSentence(after: k) { chunk.set("whole-sentence") }
    }
    if base == "be" || base.hasPrefix("be ") { chunk.set("copula") }
    if backshift { chunk.set("backshift") }
    let verbLexemes = [verbIndex]
    let auxiliaryLexemes = markers.isEmpty ? [verbIndex] : markers
    var realised = VerbGroupRealiser(
      english: english, base: base, givenParticiple: givenParticiple, passive: passive,
      subjectPlural: subjectPlural || subjectIsYou, subjectIsI: subjectIsI,
      negation: chunk.featureTable["negation"].flatMap {
        words.negators[$0]
      })
    var units: [VerbGroupRealiser.Unit] = []
    var rule: TransferRules.Rule?
    realised.agent = agent != nil
    if verb.english.isEmpty {
      units = []
    } else if let catenative = chunk.catenative {
      // `terus` + verb: "continue" takes the tense, aspect, modality and negation of the
      // group (`akan terus` → will continue to); the verb follows as a to-infinitive.
      var head = realised
      head.base = catenative.verb
      head.givenParticiple = nil
      head.passive = false
      var features = chunk.featureTable
      features["passive"] = nil
      (units, rule) = head.realise(features, rules: rules)
      for n in units.indices where units[n].isVerb { units[n].lexemes = [catenative.lexeme] }
      units.append(.init(text: "to", isVerb: false, lexemes: [catenative.lexeme]))
      units += realised.infinitive()
      note(catenative.lexeme, "\(catenative.verb) to + verb, in the tense of the group")
    } else {
      (units, rule) = realised.realise(chunk.featureTable, rules: rules)
    }
    // Adverbs go where the template puts them, else after the first word of the group (`will
    // still`, `has also`), or before a lone verb.
    let reference = rule?.reference
    var adverbsPlaced = false
    var auxiliary: [String] = []
    func flush() {
      if !auxiliary.isEmpty {
        pieces.append(
          Piece(text: auxiliary.joined(separator: " "), lexemes: auxiliaryLexemes, rule: reference))
        auxiliary = []
      }
    }
    func placeAdverbs() {
      flush()
      for var adverb in chunk.adverbs {
        adverb.rule = reference
        pieces.append(adverb)
      }
      adverbsPlaced = true
    }
    if let at = questionAt, at <= pieces.count {
      // A yes–no question: the first auxiliary goes before the subject, or "did" with the
      // verb in its base form.
      if let first = units.first, !first.isVerb, !first.isAdverbSlot, units.count > 1 {
        pieces.insert(
          Piece(text: first.text, lexemes: auxiliaryLexemes, rule: rule?.reference), at: at)
        units.removeFirst()
      } else if units.count == 1, realised.usedPast {
        pieces.insert(Piece(text: "did", lexemes: [], rule: rule?.reference), at: at)
        units = [.init(text: base, isVerb: true)]
      }
      questionAt = nil
    }
    let explicit = units.contains { $0.isAdverbSlot }
    if !explicit && units.count <= 1 { placeAdverbs() }
    var verbWords: [String] = []
    for (n, unit) in units.enumerated() {
      if unit.isAdverbSlot {
        placeAdverbs()
        continue
      }
      if unit.isAgentSlot, let agent {
        flush()
        pieces += agent.pieces
        continue
      }
      if let own = unit.lexemes {
        // A word of its own source (the catenative verb and its "to").
        flush()
        pieces.append(Piece(text: unit.text, lexemes: own, rule: reference))
      } else if unit.isVerb {
        flush()
        verbWords.append(unit.text)
        if n == units.count - 1 || !units[(n + 1)...].contains(where: \.isVerb) {
          pieces.append(
            Piece(text: verbWords.joined(separator: " "), lexemes: verbLexemes, rule: reference))
          verbWords = []
        }
      } else {
        if !verbWords.isEmpty {
          verbWords.append(unit.text)
          continue
        }
        auxiliary.append(unit.text)
      }
      if !adverbsPlaced && !explicit && n == 0 && units.count > 1 && !chunk.adverbs.isEmpty {
        placeAdverbs()
      }
    }
    flush()
    if !adverbsPlaced { placeAdverbs() }
    if passive, agent == nil, k + 1 < lexemes.count, !verb.english.isEmpty, isAgent(k + 1) {
      // `ditangkap polisi` → arrested by the police: the agent follows with no "oleh"
      pieces.append(Piece(text: "by", lexemes: [], rule: reference))
      note(verbIndex, "passive + noun phrase → by")
    }
    if let possessor = verb.possessor, possessor == "the" {
      emit("it", [verbIndex])
      note(verbIndex, "clitic -nya on a verb → it")
    }
    if let reference { note(verbIndex, reference) }
    chunks.append(
      Chunk(
        .verbGroup, chunk.markers.lowerBound..<(k + 1), head: verbIndex,
        features: chunk.features, rules: reference.map { [$0] } ?? []))
    if realised.usedPast, !passive, words.reportingVerbs.contains(base), !inQuote {
      backshift = true
    }
    i = agent?.end ?? k + 1
    verbForm = nil
    relative = false
    afterSubject = false
    // A verb directly after a verb is an infinitive: `sepakat meningkatkan` → agreed to raise.
    // After a relative clause's agent it is the main verb (`jajak pendapat yang dilakukan
    // YouGov menunjukkan` → the poll YouGov did showed).
    infinitive = agent == nil && i < lexemes.count && lexemes[i].category == .verb
    infinitiveMarker = "to"
    pendingControl = infinitive ? nil : words.controlVerbs[base]
    return true
  }

  /// Markers before an adjective, a noun or nothing (`sudah besar`, `bukan menteri`): the
  /// `part` rules each add their words.
  private mutating func markersWithoutVerb(_ group: VerbGroupChunk) -> Bool {
    var chunk = group
    let k = chunk.markers.upperBound
    let next: String
    if k < lexemes.count, lexemes[k].category == .adjective {
      next = "adjective"
    } else if k < lexemes.count, [.noun, .properNoun, .pronoun].contains(lexemes[k].category) {
      next = "noun"
    } else {
      next = "other"
    }
    chunk.set("verb", "none")
    chunk.set("next", next)
    if afterSubject { chunk.set("after-subject") }
    if backshift { chunk.set("backshift") }
    let features = chunk.featureTable
    let realiser = VerbGroupRealiser(
      english: english, base: "", givenParticiple: nil, passive: false,
      subjectPlural: subjectPlural || subjectIsYou, subjectIsI: subjectIsI,
      negation: features["negation"].flatMap { words.negators[$0] })
    var text: [String] = []
    var used: [String] = []
    for rule in rules.parts where rule.verbGroup!.holds(features) {
      text += realiser.expand(rule.verbGroup!.template, features).map(\.text)
      used.append(rule.reference)
    }
    pieces += chunk.adverbs
    let markers = Array(chunk.markers)
    pieces.append(
      Piece(
        text: text.joined(separator: " "), lexemes: markers,
        rule: used.isEmpty ? nil : used.joined(separator: " + ")))
    if pieces.last?.text.isEmpty ?? false { pieces.removeLast() }
    for reference in used { note(markers[0], reference) }
    chunks.append(
      Chunk(.verbGroup, chunk.markers, features: chunk.features, rules: used))
    i = k
    afterSubject = false
    return true
  }

  /// Whether the lexeme at `k` can be the agent of a passive with no "oleh": a name, an
  /// organisation, a pronoun or a noun for people (`ditangkap polisi`).
  func isAgent(_ k: Int) -> Bool {
    let x = lexemes[k]
    if let entry = x.glossaryEntry {
      return [.person, .org, .place, .media, .keep, .title].contains(entry.kind)
    }
    if x.category == .pronoun { return words.objects[x.lowercased] != nil }
    if x.category == .properNoun { return true }
    return x.category == .noun
      && words.humanNouns.contains(english.singularGuess(x.english.lowercased()))
  }
}

/// Writes a verb group in English from the first `group` rule whose conditions hold.
struct VerbGroupRealiser {
  /// One word or fixed phrase of the English group.
  struct Unit {
    var text: String
    /// Part of the verb itself (not an auxiliary).
    var isVerb: Bool
    var isAdverbSlot = false
    var isAgentSlot = false
    /// The lexemes it comes from, when not those of the group's markers or verb.
    var lexemes: [Int]?
  }

  let english: EnglishMorphology
  var base: String
  var givenParticiple: String?
  var passive: Bool
  let subjectPlural: Bool
  /// The subject is "I": am, have.
  let subjectIsI: Bool
  /// The English of the negator (`not`, `not yet`, `do not`).
  let negation: String?
  /// Whether the template puts the agent first (`$agent`): the verb is then active.
  var agent = false
  /// Whether the verb was written in the simple past (a verb of saying then backshifts).
  private(set) var usedPast = false

  var participle: String { givenParticiple ?? english.pastParticiple(base) }

  /// The units of the first group rule that holds, and that rule.
  mutating func realise(_ features: [String: String], rules: TransferRules) -> (
    [Unit], TransferRules.Rule?
  ) {
    guard let rule = rules.groups.first(where: { $0.verbGroup!.holds(features) }) else {
      return ([Unit(text: base, isVerb: true)], nil)
    }
    let units = expand(rule.verbGroup!.template, features)
    usedPast =
      rule.verbGroup!.template.contains(.verb(.past))
      && !(passive && !rule.verbGroup!.template.contains(.agent))
    return (units, rule)
  }

  /// The verb after "to": `push`, `be attacked`.
  func infinitive() -> [Unit] {
    passive
      ? [Unit(text: "be", isVerb: false), Unit(text: participle, isVerb: true)]
      : [Unit(text: base, isVerb: true)]
  }

  func expand(_ template: [VerbGroupRule.Token], _ features: [String: String]) -> [Unit] {
    var units: [Unit] = []
    let passive = self.passive && !(agent && template.contains(.agent))
    let was = subjectPlural ? "were" : "was"
    for token in template {
      switch token {
      case .literal(let text): units.append(Unit(text: text, isVerb: false))
      case .adverbs: units.append(Unit(text: "", isVerb: false, isAdverbSlot: true))
      case .agent: units.append(Unit(text: "", isVerb: false, isAgentSlot: true))
      case .negation: units.append(Unit(text: negation ?? "not", isVerb: false))
      case .agreement(.was): units.append(Unit(text: was, isVerb: false))
      case .agreement(.is):
        units.append(Unit(text: subjectIsI ? "am" : subjectPlural ? "are" : "is", isVerb: false))
      case .agreement(.has):
        units.append(Unit(text: subjectPlural || subjectIsI ? "have" : "has", isVerb: false))
      case .modal(let form):
        let modal = features["modal"] ?? ""
        let text: String
        switch form {
        case .english: text = modal
        case .past: text = english.past(modal)
        case .rest: text = modal.hasPrefix("be ") ? String(modal.dropFirst(3)) : modal
        }
        units.append(Unit(text: text, isVerb: false))
      case .verb(let form):
        let auxiliary: String?
        let text: String
        switch form {
        case .base:
          (auxiliary, text) = passive ? ("be", participle) : (nil, base)
        case .past:
          (auxiliary, text) = passive ? (was, participle) : (nil, english.past(base))
        case .perfect:
          (auxiliary, text) = passive ? ("been", participle) : (nil, participle)
        case .ing:
          (auxiliary, text) =
            passive ? ("being", participle) : (nil, english.presentParticiple(base))
        case .participle:
          (auxiliary, text) = (nil, participle)
        case .rest:
          (auxiliary, text) = (nil, base.split(separator: " ").dropFirst().joined(separator: " "))
        case .present:
          let be = subjectIsI ? "am" : subjectPlural ? "are" : "is"
          (auxiliary, text) =
            passive
            ? (be, participle)
            : (nil, subjectPlural || subjectIsI ? base : english.thirdPerson(base))
        }
        if let auxiliary { units.append(Unit(text: auxiliary, isVerb: false)) }
        if !text.isEmpty { units.append(Unit(text: text, isVerb: true)) }
      }
    }
    return units
  }
}

extension Transfer {
  /// Whether a verb that opens a sentence, ending at `k`, is the whole sentence's
  /// predicate with its subject left out (`Memiliki sepuluh tenaga ahli.` → It has ten
  /// experts): no other verb, auxiliary or clause-ending comma follows it, and the sentence
  /// is not a question. A comma before a relative marker (yang) starts a relative clause, whose verbs do not
  /// count; a later comma before a pronoun starts a main clause after it.
  func opensWholeSentence(after k: Int) -> Bool {
    if lexemes[k].english.hasPrefix("there ") || lexemes.contains(where: { $0.surface == "?" }) {
      return false
    }
    var relative = false
    var j = k + 1
    while j < lexemes.count {
      let x = lexemes[j]
      let next = j + 1 < lexemes.count ? lexemes[j + 1] : nil
      if x.surface == "," {
        if let next, words.lists.contains("relative-markers", next.lowercased) {
          relative = true
        } else if !relative || next?.category == .pronoun {
          return false
        }
      } else if !relative, x.category == .verb || x.category == .auxiliary {
        return false
      }
      j += 1
    }
    return true
  }
}
