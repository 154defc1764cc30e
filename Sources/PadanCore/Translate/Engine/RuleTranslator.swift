/// The translation engine: analysis into lexemes (glossary first, then the lexicon through
/// the morphological analyser), transfer rules into English order and forms, then
/// generation with a record of which entry produced which part of the English.
public struct RuleTranslator: SegmentTranslator, Sendable {
  public let resources: TranslationResources
  let analyzer: LexemeAnalyzer
  let english: EnglishMorphology

  public init(resources: TranslationResources) {
    self.resources = resources
    self.english = resources.english
    let index = resources.lexiconIndex
    self.analyzer = LexemeAnalyzer(
      resources: resources,
      morphology: IndonesianMorphology(
        isKnown: { index[$0] != nil }, opaqueWords: resources.opaqueWords,
        classes: resources.morphologyClasses))
  }

  public func translate(_ text: String, kind: Segment.Kind) -> SegmentTranslation {
    translateExplained(text, kind: kind).translation
  }

  /// The translation, with the lexemes and the rules that shaped each (for `--explain`).
  func translateExplained(_ text: String, kind: Segment.Kind) -> (
    translation: SegmentTranslation, lexemes: [Lexeme], notes: [Int: [String]],
    pieces: [Piece], chunks: [Chunk]
  ) {
    let bytes = Array(text.utf8)
    let tokens = TextTokenizer.tokens(of: text)
    let lexemes = analyzer.lexemes(
      of: text, bytes: bytes, tokens: tokens, headline: kind == .title)
    var transfer = Transfer(
      lexemes: lexemes, english: english, words: resources.functionWords,
      rules: resources.transferRules, headline: kind == .title,
      articles: kind != .byline && kind != .dateline)
    var pieces = transfer.run()
    english.correctArticles(in: &pieces)
    Capitalization.apply(
      to: &pieces, kind: kind, minorWords: resources.functionWords.headlineMinorWords)
    var builder = EnglishBuilder()
    var spans: [Int: ByteRange] = [:]
    for piece in pieces {
      if piece.isPunctuation {
        builder.appendPunctuation(
          piece.text, spaceBefore: piece.spaceBefore, spaceAfter: piece.spaceAfter)
        continue
      }
      let span = builder.appendWords(piece.text, joined: piece.joinsPrevious)
      for index in piece.lexemes where !lexemes[index].isPunctuation {
        if let old = spans[index] {
          spans[index] = ByteRange(start: min(old.start, span.start), end: max(old.end, span.end))
        } else {
          spans[index] = span
        }
      }
    }
    var result = SegmentTranslation(target: builder.text)
    let notes = transfer.notes
    let targetBytes = Array(result.target.utf8)
    for (index, lexeme) in lexemes.enumerated() {
      let span = spans[index] ?? ByteRange(start: 0, end: 0)
      let targetText = String(decoding: targetBytes[span.range], as: UTF8.self)
      switch lexeme.origin {
      case .glossary(let entry, let match):
        result.glossary.append(
          TermUse(
            entry: entry.origin.fileAndLine, source: lexeme.surface, target: entry.target,
            type: entry.kind.rawValue, sourceSpan: lexeme.range,
            targetSpan: targetText.lowercased().contains(entry.target.lowercased())
              ? span : Self.locate(entry.target, in: result.target, near: span),
            form: match.formDescription))
      case .lexicon(let entry):
        var analysis = lexeme.analysis.map { $0.description } ?? ""
        if let rules = (lexeme.rules + (notes[index] ?? [])).nonEmpty {
          analysis += (analysis.isEmpty ? "" : "; ") + rules.joined(separator: "; ")
        }
        result.lexicon.append(
          LexiconUse(
            entry: entry.origin.fileAndLine, lemma: entry.lemma, source: lexeme.surface,
            target: targetText, sourceSpan: lexeme.range, targetSpan: span, analysis: analysis))
      case .unknown:
        result.unknown.append(lexeme.surface)
      case .text:
        break
      }
    }
    return (result, lexemes, notes, pieces, transfer.chunks)
  }

  /// The sentence with its chunks in brackets: `Indonesia [VG future=yes …: akan terus
  /// mendorong] perdamaian .`
  static func chunkLine(_ chunks: [Chunk], _ lexemes: [Lexeme]) -> String {
    let ordered = chunks.sorted { $0.range.lowerBound < $1.range.lowerBound }
    var parts: [String] = []
    var k = 0
    for chunk in ordered where chunk.range.lowerBound >= k {
      while k < chunk.range.lowerBound {
        parts.append(lexemes[k].surface)
        k += 1
      }
      parts.append(chunk.description(lexemes))
      k = chunk.range.upperBound
    }
    while k < lexemes.count {
      parts.append(lexemes[k].surface)
      k += 1
    }
    return parts.joined(separator: " ")
  }

  /// The span of `target` in `text`, looked for first inside `span` (the glossary target
  /// can be inside a plural or a longer piece).
  static func locate(_ target: String, in text: String, near span: ByteRange) -> ByteRange {
    let bytes = Array(text.utf8)
    let needle = Array(target.utf8)
    guard !needle.isEmpty, bytes.count >= needle.count else { return span }
    var best: Int?
    for start in 0...(bytes.count - needle.count) where bytes[start] == needle[0] {
      if bytes[start..<(start + needle.count)].elementsEqual(needle) {
        if best == nil || abs(start - span.start) < abs(best! - span.start) { best = start }
      }
    }
    guard let best else { return span }
    return ByteRange(start: best, end: best + needle.count)
  }
}

/// Sentence and headline capitalisation of the English.
enum Capitalization {
  /// `minorWords`: English words that stay in lower case inside a headline.
  static func apply(to pieces: inout [Piece], kind: Segment.Kind, minorWords: Set<String>) {
    if kind == .title {
      var first = true
      for p in pieces.indices where !pieces[p].isPunctuation {
        let words = pieces[p].text.split(separator: " ", omittingEmptySubsequences: false)
        pieces[p].text = words.map { w -> String in
          defer { first = false }
          if !first && minorWords.contains(String(w)) { return String(w) }
          return upperFirst(String(w))
        }.joined(separator: " ")
      }
      return
    }
    guard let p = pieces.firstIndex(where: { !$0.isPunctuation && !$0.text.isEmpty }) else {
      return
    }
    pieces[p].text = upperFirst(pieces[p].text)
  }

  static func upperFirst(_ s: String) -> String {
    guard let first = s.first, first.isLowercase else { return s }
    return first.uppercased() + s.dropFirst()
  }
}

extension RuleTranslator {
  /// A readable account of a translation: each lexeme with its source (glossary entry,
  /// lexicon entry, analysis or unknown), the English it gave and the rules applied.
  public func explain(_ text: String, kind: Segment.Kind) -> String {
    let (translation, lexemes, notes, pieces, chunks) = translateExplained(text, kind: kind)
    var lines: [String] = []
    for (index, lexeme) in lexemes.enumerated() where !lexeme.isPunctuation {
      var line = "  \(lexeme.surface)"
      switch lexeme.origin {
      case .glossary(let entry, let match):
        line +=
          "  → \(entry.target)  [glossary \(entry.origin.fileAndLine) \(entry.kind.rawValue), \(match.formDescription)]"
      case .lexicon(let entry):
        line +=
          "  → \(lexeme.english)  [lexicon \(entry.origin.fileAndLine) \(entry.lemma) \(entry.partOfSpeech.rawValue)"
        if let analysis = lexeme.analysis { line += ", \(analysis.description)" }
        line += "]"
      case .text:
        line += "  [\(lexeme.category == .number ? "number" : "text")]"
      case .unknown:
        line += "  [unknown, kept]"
      }
      if let rules = (lexeme.rules + (notes[index] ?? [])).nonEmpty {
        line += "  rules: " + rules.joined(separator: "; ")
      }
      lines.append(line)
    }
    lines.append("chunks:")
    lines.append("  " + Self.chunkLine(chunks, lexemes))
    lines.append("English:")
    for piece in pieces where !piece.isPunctuation && !piece.text.isEmpty {
      let source = piece.lexemes.sorted().map { lexemes[$0].surface }.joined(separator: " ")
      var line = "  \(piece.text)  ← \(source.isEmpty ? "(inserted)" : source)"
      if let rule = piece.rule { line += "  [\(rule)]" }
      lines.append(line)
    }
    if let note = resources.wordListNote { lines.append("  (\(note))") }
    return lines.joined(separator: "\n") + "\n" + translation.target
  }
}

extension Array {
  /// The array, or `nil` when it is empty.
  var nonEmpty: Self? { isEmpty ? nil : self }
}
