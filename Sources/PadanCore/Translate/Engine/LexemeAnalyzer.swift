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
    let matches = resources.matcher.matches(in: text)
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
    // A word with an auxiliary reading before a verb is that auxiliary (`baru tiba` → just
    // arrived, while `kabar baru` stays "new").
    Self.reread(&lexemes, as: .auxiliary, context: context) { $0.category == .verb }
    // A word before a demonstrative is a noun (`jalan itu` → that road, not "walk").
    Self.reread(&lexemes, as: .noun, context: context) {
      ["ini", "itu", "tersebut"].contains($0.lowercased)
    }
    return lexemes
  }

  /// Gives every word followed by a lexeme that `next` accepts its `pos` reading, when the
  /// lexicon has one for the word as written (not for a word reached through morphology).
  static func reread(
    _ lexemes: inout [Lexeme], as pos: LexiconEntry.PartOfSpeech, context: Set<String>,
    before next: (Lexeme) -> Bool
  ) {
    let category = category(ofPartOfSpeech: pos)
    for k in lexemes.indices.dropLast()
    where next(lexemes[k + 1]) && lexemes[k].category != category && lexemes[k].analysis == nil {
      if let entry = lexemes[k].alternatives.first(where: { $0.partOfSpeech == pos }) {
        lexemes[k].origin = .lexicon(entry)
        lexemes[k].category = category
        lexemes[k].english = SenseChooser.english(of: entry, context: context)
      }
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
    if let clitic = match.clitic { lexeme.possessor = Self.possessor(ofClitic: clitic) }
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
      for candidate in morphology.analyses(of: capitalised ? word.lowercased() : word) {
        let found = resources.lexiconEntries(for: candidate.lemma)
        if !found.isEmpty {
          entries = found
          analysis = candidate
          break
        }
      }
    }
    guard !entries.isEmpty else {
      let isLower = word.first.map { $0.isLowercase } ?? false
      lexeme.category = isLower ? .noun : .properNoun
      return lexeme
    }
    let entry = SenseChooser.entry(
      among: entries, analysis: analysis, previous: previous)
    lexeme.origin = .lexicon(entry)
    lexeme.category = Self.category(of: entry)
    lexeme.english = SenseChooser.english(of: entry, context: context)
    lexeme.alternatives = entries
    lexeme.analysis = analysis
    if let analysis {
      lexeme.isPlural = analysis.isReduplicated
      if let clitic = analysis.clitic {
        lexeme.possessor = Self.possessor(ofClitic: clitic.rawValue)
      }
      lexeme.category = MorphologyCategory.category(for: analysis, entry: entry)
      if let derived = MorphologyCategory.english(
        for: analysis, entry: entry, base: lexeme.english)
      {
        lexeme.english = derived
      }
    }
    return lexeme
  }

  /// Whether `word` is capitalised inside a sentence (not after a sentence start, an
  /// opening quote or bracket): such a word without a lexicon entry is a name, and is not
  /// put through the morphological analyser.
  static func isCapitalisedInside(_ word: String, previous: Lexeme?) -> Bool {
    guard let first = word.first, first.isUppercase, let previous else { return false }
    return !previous.isPunctuation([".", "“", "\"", "(", ":", "‘", "'", "!", "?"])
  }

  static func possessor(ofClitic clitic: String) -> String? {
    switch clitic {
    case "nya": "the"
    case "ku": "my"
    case "mu": "your"
    default: nil
    }
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
