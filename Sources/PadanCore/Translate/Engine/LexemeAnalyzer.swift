/// Turns the tokens of a segment into lexemes: glossary matches first (they always win),
/// then the longest lexicon phrase, then single words looked up directly or through the
/// morphological analyser.
struct LexemeAnalyzer: Sendable {
  let resources: TranslationResources
  let morphology: IndonesianMorphology

  /// - Parameter headline: whether the text is a headline, where capitals do not mark names.
  func lexemes(of text: String, bytes: [UInt8], tokens: [TextToken], headline: Bool = false)
    -> [Lexeme]
  {
    let matches = resources.matcher.matches(in: text).filter {
      !readsAsCommonWord($0, tokens: tokens, bytes: bytes, headline: headline)
    }
    let tokens = Self.split(tokens, at: matches, bytes: bytes)
    let words = tokens.map { String(decoding: bytes[$0.range.range], as: UTF8.self) }
    let context = Set(words.map { $0.lowercased() })
    var lexemes: [Lexeme] = []
    var m = 0
    var i = 0
    while i < tokens.count {
      let token = tokens[i]
      while m < matches.count && matches[m].range.end <= token.range.start { m += 1 }
      if m < matches.count && matches[m].range.start == token.range.start {
        let match = matches[m]
        var j = i
        while j < tokens.count && tokens[j].range.start < match.range.end { j += 1 }
        lexemes.appendLowercased(
          glossaryLexeme(match, tokens: i..<j, bytes: bytes, space: token.spaceBefore))
        i = j
        continue
      }
      // A currency sign written against its number is one number: `Rp3,2`, `US$5`, `$5`.
      if ["Rp", "US$", "$", "€", "£", "¥", "S$", "RM"].contains(words[i])
        || words[i] == "US"
          && i + 1 < tokens.count && words[i + 1] == "$"
      {
        var j = i + 1
        if words[i] == "US" { j += 1 }
        if j < tokens.count, tokens[j].kind == .number, !tokens[j].spaceBefore,
          j == i + 1 || !tokens[i + 1].spaceBefore
        {
          let range = ByteRange(start: token.range.start, end: tokens[j].range.end)
          let surface = String(decoding: bytes[range.range], as: UTF8.self)
          lexemes.appendLowercased(
            Lexeme(
              origin: .text, category: .number, tokens: i..<(j + 1), range: range,
              surface: surface, english: NumberRules.english(surface),
              spaceBefore: token.spaceBefore))
          i = j + 1
          continue
        }
      }
      switch token.kind {
      case .punctuation, .number:
        lexemes.appendLowercased(
          Lexeme(
            origin: .text, category: token.kind == .number ? .number : .punctuation,
            tokens: i..<(i + 1), range: token.range, surface: words[i], english: words[i],
            spaceBefore: token.spaceBefore))
        i += 1
      case .word:
        // A phrase ends before the next glossary match: glossary terms always win.
        let glossaryStart = m < matches.count ? matches[m].range.start : Int.max
        if let phrase = lexiconPhrase(
          at: i, tokens: tokens, words: words, bytes: bytes, before: glossaryStart,
          context: context)
        {
          lexemes.appendLowercased(phrase)
          i = phrase.tokens.upperBound
          continue
        }
        lexemes.appendLowercased(
          wordLexeme(
            words[i], token: token, index: i, previous: lexemes.last, context: context,
            headline: headline))
        i += 1
      }
    }
    joinDottedAcronyms(&lexemes)
    Self.joinHonorifics(&lexemes, honorifics: resources.honorifics)
    Self.joinDecades(&lexemes)
    SenseChooser.applyContextCues(&lexemes)
    // A word with an auxiliary reading before a verb is that auxiliary (`baru tiba` → just
    // arrived, while `kabar baru` stays "new").
    Self.reread(&lexemes, as: .auxiliary, context: context) { $0.category == .verb }
    // A word before a demonstrative is a noun (`jalan itu` → that road, not "walk").
    Self.reread(&lexemes, as: .noun, context: context) {
      resources.functionWords.demonstratives[$0.lowercased] != nil
    }
    return lexemes
  }

  /// Whether a match of a `name` entry (`Lima`, `Antara`) is the common word it is written
  /// like: where its capital is no evidence of a name (no word before it in the sentence,
  /// or a headline) and the lexicon has the word, either a lexicon phrase starts with it
  /// (`Minggu lalu` → last week) or it is a function word or numeral and a word that fits
  /// it follows (`Lima orang tewas` → five people died); before punctuation, the end, a
  /// verb, an auxiliary or a conjunction it stays the name (`Lima adalah ibu kota Peru`,
  /// `Antara melaporkan`).
  private func readsAsCommonWord(
    _ match: GlossaryMatch, tokens: [TextToken], bytes: [UInt8], headline: Bool
  ) -> Bool {
    let entry = resources.glossary.entries[match.entry]
    guard entry.casePolicy == .name, match.clitic == nil,
      !match.isReduplicated,
      let k = tokens.firstIndex(where: { $0.range.start == match.range.start }),
      tokens[k].range.end == match.range.end,
      headline || match.isHeadlineCase || tokens[..<k].allSatisfy({ $0.kind == .punctuation }),
      k + 1 < tokens.count, tokens[k + 1].kind != .punctuation
    else { return false }
    // A form the entry lists in capitals, written so (`ANTARA FOTO`), is the name: the
    // common word is not written in capitals inside a sentence.
    let surface = String(decoding: bytes[match.range.range], as: UTF8.self)
    if surface.count > 1, !surface.contains(where: \.isLowercase), entry.forms.contains(surface) {
      return false
    }
    let words = tokens[k...].prefix(while: { $0.kind == .word }).map {
      String(decoding: bytes[$0.range.range], as: UTF8.self).lowercased()
    }
    let entries = resources.lexiconEntries(for: words.first ?? "")
    guard !entries.isEmpty else { return false }
    // A lexicon phrase starting with the word (`minggu lalu` → last week).
    if let longest = resources.phraseLengths[words[0]] {
      for n in stride(from: min(longest, words.count), through: 2, by: -1)
      where !resources.lexiconEntries(for: words[..<n].joined(separator: " ")).isEmpty {
        return true
      }
    }
    // A numeral, preposition or other function word before what it governs.
    guard entries.contains(where: { ![.noun, .verb, .adjective].contains($0.partOfSpeech) }) else {
      return false
    }
    if tokens[k + 1].kind == .number { return true }
    let next = wordLexeme(
      String(decoding: bytes[tokens[k + 1].range.range], as: UTF8.self), token: tokens[k + 1],
      index: k + 1, previous: nil, context: [], headline: headline)
    return ![.verb, .auxiliary, .conjunction].contains(next.category)
  }

  /// Gives every word followed by a lexeme that `next` accepts its `pos` reading, when the
  /// lexicon has one for the word as written (not for a word reached through morphology)
  /// and no context cue chose its reading (`saya tahu ini` stays "I know this" with the cue
  /// `prev=#pron>know`).
  static func reread(
    _ lexemes: inout [Lexeme], as pos: LexiconEntry.PartOfSpeech, context: Set<String>,
    before next: (Lexeme) -> Bool
  ) {
    let category = category(ofPartOfSpeech: pos)
    for k in lexemes.indices.dropLast()
    where next(lexemes[k + 1]) && lexemes[k].category != category && lexemes[k].analysis == nil
      && !lexemes[k].rules.contains(where: { $0.hasPrefix("cue ") })
    {
      if let entry = lexemes[k].alternatives.first(where: { $0.partOfSpeech == pos }) {
        lexemes[k].origin = .lexicon(entry)
        lexemes[k].category = category
        lexemes[k].english = SenseChooser.english(of: entry, context: context)
      }
    }
  }

  /// Reads capitals written with full stops as the glossary acronym they spell: `A.S.` is
  /// `AS` (the United States), `P.B.B.` is `PBB`. Two or more single capitals, each followed
  /// by a full stop, with no spaces; the last full stop stays a full stop when nothing
  /// follows (it also ends the sentence).
  func joinDottedAcronyms(_ lexemes: inout [Lexeme]) {
    var k = 0
    while k + 3 < lexemes.count {
      defer { k += 1 }
      var letters = ""
      var j = k
      while j + 1 < lexemes.count, lexemes[j].isUnknown || lexemes[j].lexiconEntry != nil,
        lexemes[j].surface.count == 1, lexemes[j].surface.first!.isUppercase,
        lexemes[j + 1].isPunctuation(["."]), !lexemes[j + 1].spaceBefore,
        j == k || !lexemes[j].spaceBefore
      {
        letters += lexemes[j].surface
        j += 2
      }
      guard letters.count >= 2 else { continue }
      let acronym = letters
      guard
        let match = resources.matcher.matches(in: acronym).first(where: {
          $0.range.start == 0 && $0.range.end == acronym.utf8.count
        })
      else { continue }
      // Keep the final full stop as punctuation when the sentence ends there.
      let end = j == lexemes.count ? j - 1 : j
      let entry = resources.glossary.entries[match.entry]
      let range = ByteRange(start: lexemes[k].range.start, end: lexemes[end - 1].range.end)
      var lexeme = Lexeme(
        origin: .glossary(entry, match), category: entry.kind == .term ? .noun : .properNoun,
        tokens: lexemes[k].tokens.lowerBound..<lexemes[end - 1].tokens.upperBound, range: range,
        surface: lexemes[k..<end].map(\.surface).joined(), english: entry.target,
        spaceBefore: lexemes[k].spaceBefore)
      lexeme.lowercased = lexeme.surface.lowercased()
      lexemes.replaceSubrange(k..<end, with: [lexeme])
    }
  }

  /// Makes an honorific before a name a title (`Tuan Albence` → Mr Albence, `Ny. Smith` →
  /// Mrs Smith), from `rules/honorifics.tsv`; elsewhere the word keeps its lexicon reading.
  static func joinHonorifics(_ lexemes: inout [Lexeme], honorifics: [String: GlossaryEntry]) {
    guard !honorifics.isEmpty else { return }
    var k = 0
    while k + 1 < lexemes.count {
      defer { k += 1 }
      let word = lexemes[k]
      guard !word.isPunctuation, word.glossaryEntry == nil else { continue }
      var end = k + 1
      var key = word.surface
      if lexemes[end].isPunctuation(["."]), !lexemes[end].spaceBefore,
        honorifics[key + "."] != nil
      {
        key += "."
        end += 1
      }
      guard let entry = honorifics[key], end < lexemes.count, lexemes[end].isName,
        lexemes[end].glossaryEntry.map({ $0.kind == .person }) ?? true
      else { continue }
      let range = ByteRange(start: word.range.start, end: lexemes[end - 1].range.end)
      let match = GlossaryMatch(
        entry: entry.id, range: range, form: key, clitic: nil, isReduplicated: false,
        isHeadlineCase: false)
      var title = Lexeme(
        origin: .glossary(entry, match), category: .noun,
        tokens: word.tokens.lowerBound..<lexemes[end - 1].tokens.upperBound, range: range,
        surface: key, english: entry.target, spaceBefore: word.spaceBefore)
      title.lowercased = key.lowercased()
      lexemes.replaceSubrange(k..<end, with: [title])
    }
  }

  /// Joins a number and `-an` into a decade (`40-an` → 40s, `1990-an` → the 1990s), with
  /// the word for "year" before it (`tahun 1990-an` → the 1990s) or after it (`40-an tahun`).
  static func joinDecades(_ lexemes: inout [Lexeme]) {
    var k = 0
    while k + 2 < lexemes.count {
      defer { k += 1 }
      guard lexemes[k].category == .number, lexemes[k].surface.allSatisfy(\.isNumber),
        lexemes[k + 1].isPunctuation(["-"]), !lexemes[k + 1].spaceBefore,
        lexemes[k + 2].lowercased == "an", !lexemes[k + 2].spaceBefore
      else { continue }
      let digits = lexemes[k].surface
      var start = k
      var end = k + 2
      if k > 0, lexemes[k - 1].english == "year" { start = k - 1 }
      // `40-an tahun` (aged in the forties) → 40s
      if start == k, end + 1 < lexemes.count, lexemes[end + 1].english == "year" { end += 1 }
      let english = (digits.count == 4 ? "the " : "") + digits + "s"
      let range = ByteRange(start: lexemes[start].range.start, end: lexemes[end].range.end)
      var decade = Lexeme(
        origin: .text, category: .noun,
        tokens: lexemes[start].tokens.lowerBound..<lexemes[end].tokens.upperBound,
        range: range,
        surface: lexemes[start...end].enumerated().map { offset, lexeme in
          (offset > 0 && lexeme.spaceBefore ? " " : "") + lexeme.surface
        }.joined(),
        english: english, spaceBefore: lexemes[start].spaceBefore)
      decade.lowercased = decade.surface.lowercased()
      decade.rules = ["decade: \(decade.surface) → \(english)"]
      lexemes.replaceSubrange(start...end, with: [decade])
      k = start
    }
  }

  /// Splits hyphenated words where a glossary match begins or ends inside them
  /// (`AS-NATO` → `AS`, `-`, `NATO` when `AS` and `NATO` are entries), so that every part
  /// is translated and none is lost.
  static func split(_ tokens: [TextToken], at matches: [GlossaryMatch], bytes: [UInt8])
    -> [TextToken]
  {
    var cuts = Set<Int>()
    for match in matches {
      cuts.insert(match.range.start)
      cuts.insert(match.range.end)
    }
    // Sorted, so that finding a cut inside a word is a binary search, not a scan.
    let sortedCuts = cuts.sorted()
    func hasCut(after start: Int, before end: Int) -> Bool {
      var low = 0
      var high = sortedCuts.count
      while low < high {
        let mid = (low + high) / 2
        if sortedCuts[mid] <= start { low = mid + 1 } else { high = mid }
      }
      return low < sortedCuts.count && sortedCuts[low] < end
    }
    var result: [TextToken] = []
    result.reserveCapacity(tokens.count)
    for token in tokens {
      guard token.kind == .word, hasCut(after: token.range.start, before: token.range.end)
      else {
        result.append(token)
        continue
      }
      var start = token.range.start
      var space = token.spaceBefore
      var offset = token.range.start
      while offset < token.range.end {
        if bytes[offset] == UInt8(ascii: "-"), cuts.contains(offset) || cuts.contains(offset + 1) {
          if offset > start {
            result.append(
              TextToken(
                kind: .word, range: ByteRange(start: start, end: offset), spaceBefore: space))
          }
          result.append(
            TextToken(
              kind: .punctuation, range: ByteRange(start: offset, end: offset + 1),
              spaceBefore: false))
          start = offset + 1
          space = false
        }
        offset += 1
      }
      if start < token.range.end {
        result.append(
          TextToken(
            kind: .word, range: ByteRange(start: start, end: token.range.end), spaceBefore: space))
      }
    }
    return result
  }

  private func glossaryLexeme(
    _ match: GlossaryMatch, tokens: Range<Int>, bytes: [UInt8], space: Bool
  ) -> Lexeme {
    let entry = resources.glossary.entries[match.entry]
    let category: Lexeme.Category
    switch entry.kind {
    case .person, .org, .place, .media, .keep: category = .properNoun
    case .title, .term: category = .noun
    case .date: category = .noun
    }
    var lexeme = Lexeme(
      origin: .glossary(entry, match), category: category, tokens: tokens, range: match.range,
      surface: String(decoding: bytes[match.range.range], as: UTF8.self), english: entry.target,
      spaceBefore: space)
    lexeme.isPlural = match.isReduplicated
    if let clitic = match.clitic { lexeme.possessor = possessor(ofClitic: clitic) }
    return lexeme
  }

  /// The longest lexicon entry of two or more words starting at token `i`.
  private func lexiconPhrase(
    at i: Int, tokens: [TextToken], words: [String], bytes: [UInt8], before limit: Int,
    context: Set<String>
  ) -> Lexeme? {
    guard let longest = resources.phraseLengths[words[i].lowercased()] else { return nil }
    var n = min(longest, tokens.count - i)
    while n >= 2 {
      let span = i..<(i + n)
      if tokens[i + n - 1].range.end <= limit,
        span.dropFirst().allSatisfy({ tokens[$0].kind == .word && tokens[$0].spaceBefore })
      {
        let key = span.map { words[$0].lowercased() }.joined(separator: " ")
        let entries = resources.lexiconEntries(for: key)
        if let entry = entries.first {
          let range = ByteRange(start: tokens[i].range.start, end: tokens[i + n - 1].range.end)
          return Lexeme(
            origin: .lexicon(entry), category: Self.category(of: entry), tokens: span,
            range: range, surface: String(decoding: bytes[range.range], as: UTF8.self),
            english: SenseChooser.english(of: entry, context: context), alternatives: entries,
            spaceBefore: tokens[i].spaceBefore)
        }
      }
      n -= 1
    }
    return nil
  }

  private func wordLexeme(
    _ word: String, token: TextToken, index: Int, previous: Lexeme?, context: Set<String>,
    headline: Bool
  ) -> Lexeme {
    var lexeme = Lexeme(
      origin: .unknown, category: .properNoun, tokens: index..<(index + 1), range: token.range,
      surface: word, english: word, spaceBefore: token.spaceBefore)
    var entries = resources.lexiconEntries(for: word)
    var analysis: MorphAnalysis?
    if entries.isEmpty {
      if !headline && Self.isCapitalisedInside(word, previous: previous) { return lexeme }
      let capitalised =
        word.first?.isUppercase == true
        && word.dropFirst().allSatisfy { !$0.isUppercase }
      // The first analysis whose root has a part of speech its affixes fit; among analyses
      // with as many affixes, one whose root is a verb when the affixes make a verb
      // (`mengoper` → meN- + oper "pass", not meN- + koper "suitcase").
      for candidate in morphology.analyses(of: capitalised ? word.lowercased() : word) {
        if let analysis, candidate.affixCount > analysis.affixCount { break }
        let found = SenseChooser.compatible(
          resources.lexiconEntries(for: candidate.lemma), with: candidate)
        guard !found.isEmpty else { continue }
        if analysis == nil {
          entries = found
          analysis = candidate
        }
        if SenseChooser.fits(found, candidate) {
          entries = found
          analysis = candidate
          break
        }
      }
    }
    var loanwordRules: [String] = []
    if entries.isEmpty {
      let isLower = word.first.map { $0.isLowercase } ?? false
      // A capitalised word here starts a sentence; it may be a name, so it is not a loanword
      // when the English word list has it as a name (`Warren`), and only an ending rule
      // (not the whole word as written) makes it one.
      let initial =
        !headline && word.first?.isUppercase == true
        && resources.loanwords.map { !$0.words.isName(word) } ?? false
      if isLower || initial, let found = loanword(word.lowercased(), whole: isLower) {
        entries = [found.entry]
        analysis = found.analysis
        loanwordRules = [found.rules]
      }
    }
    guard !entries.isEmpty else {
      let isLower = word.first.map { $0.isLowercase } ?? false
      lexeme.category = isLower ? .noun : .properNoun
      return lexeme
    }
    let entry = SenseChooser.entry(
      among: entries, analysis: analysis, previous: previous,
      verbContext: resources.functionWords.verbContext)
    lexeme.origin = .lexicon(entry)
    lexeme.category = Self.category(of: entry)
    lexeme.english = SenseChooser.english(of: entry, context: context)
    lexeme.alternatives = entries
    lexeme.analysis = analysis
    lexeme.rules = loanwordRules
    if let analysis {
      lexeme.isPlural = analysis.isReduplicated
      if let clitic = analysis.clitic {
        lexeme.possessor = possessor(ofClitic: clitic.rawValue)
      }
      lexeme.category = MorphologyCategory.category(for: analysis, entry: entry)
      if let derived = MorphologyCategory.english(
        for: analysis, entry: entry, base: lexeme.english, words: resources.english.wordList)
      {
        lexeme.english = derived
      }
    }
    return lexeme
  }

  /// A word the lexicon lacks, through the loanword rules, as written or with affixes
  /// around a loanword (`konsentrasi` → concentration, `konsentrasinya` → the
  /// concentration, `mengekstrak` → extract): an entry made from the rules, the analysis, and
  /// the rules applied.
  private func loanword(_ word: String, whole: Bool) -> (
    entry: LexiconEntry, analysis: MorphAnalysis?, rules: String
  )? {
    guard let loanwords = resources.loanwords else { return nil }
    let analyser = IndonesianMorphology(
      isKnown: { loanwords.transliterate($0, whole: whole) != nil },
      opaqueWords: resources.opaqueWords,
      classes: resources.morphologyClasses)
    guard let found = analyser.analyses(of: word).first,
      let result = loanwords.transliterate(found.lemma, whole: whole)
    else { return nil }
    var english = result.english
    if found.isVerbal, english.hasSuffix("ing"),
      loanwords.words.contains(String(english.dropLast(3)))
    {
      // An English -ing word made a verb by Indonesian affixes: `diposting` → was posted.
      english = String(english.dropLast(3))
    }
    let entry = LexiconEntry(
      id: -1, lemma: found.lemma, partOfSpeech: result.partOfSpeech, english: [english],
      cues: [], note: result.description, origin: result.rules[0].origin)
    return (entry, found.affixCount == 0 && !found.isReduplicated ? nil : found, result.description)
  }

  /// Whether `word` is capitalised inside a sentence (not after a sentence start, an
  /// opening quote or bracket): such a word without a lexicon entry is a name, and is not
  /// put through the morphological analyser.
  static func isCapitalisedInside(_ word: String, previous: Lexeme?) -> Bool {
    guard let first = word.first, first.isUppercase, let previous else { return false }
    return !previous.isPunctuation([".", "“", "\"", "(", ":", "‘", "'", "!", "?"])
  }

  /// The English possessor of a possessive enclitic (`words/possessive-clitics.tsv`).
  func possessor(ofClitic clitic: String) -> String? {
    resources.functionWords.possessiveClitics[clitic]
  }

  static func category(of entry: LexiconEntry) -> Lexeme.Category {
    category(ofPartOfSpeech: entry.partOfSpeech)
  }

  static func category(ofPartOfSpeech pos: LexiconEntry.PartOfSpeech) -> Lexeme.Category {
    switch pos {
    case .noun: .noun
    case .verb: .verb
    case .adjective: .adjective
    case .adverb: .adverb
    case .pronoun: .pronoun
    case .preposition: .preposition
    case .conjunction: .conjunction
    case .numeral: .numeral
    case .determiner: .determiner
    case .particle: .particle
    case .interjection: .interjection
    case .classifier: .classifier
    case .auxiliary: .auxiliary
    }
  }
}

extension [Lexeme] {
  /// Appends `lexeme` with its lower-case surface filled in.
  fileprivate mutating func appendLowercased(_ lexeme: Lexeme) {
    var lexeme = lexeme
    lexeme.lowercased = lexeme.surface.lowercased()
    append(lexeme)
  }
}
