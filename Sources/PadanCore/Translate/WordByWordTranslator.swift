/// The floor the real translator is measured against: every word replaced by the first
/// English equivalent of its lexicon entry, in the Indonesian word order, with no
/// morphology and no reordering. With `useGlossary`, glossary matches are placed first.
public struct WordByWordTranslator: SegmentTranslator {
  public let resources: TranslationResources
  public let useGlossary: Bool

  public init(resources: TranslationResources, useGlossary: Bool = false) {
    self.resources = resources
    self.useGlossary = useGlossary
  }

  public func translate(_ text: String, kind: Segment.Kind) -> SegmentTranslation {
    let bytes = Array(text.utf8)
    let tokens = TextTokenizer.tokens(of: text)
    let matches = useGlossary ? resources.matcher.matches(in: text) : []
    var builder = EnglishBuilder()
    var result = SegmentTranslation(target: "")
    var m = 0
    var i = 0
    func slice(_ r: ByteRange) -> String { String(decoding: bytes[r.range], as: UTF8.self) }
    while i < tokens.count {
      let token = tokens[i]
      while m < matches.count && matches[m].range.end <= token.range.start { m += 1 }
      if m < matches.count && matches[m].range.start == token.range.start {
        let match = matches[m]
        let entry = resources.glossary.entries[match.entry]
        let span = builder.appendWords(entry.target)
        result.glossary.append(
          TermUse(
            entry: entry.origin.fileAndLine, source: slice(match.range), target: entry.target,
            type: entry.kind.rawValue, sourceSpan: match.range, targetSpan: span,
            form: match.formDescription))
        while i < tokens.count && tokens[i].range.start < match.range.end { i += 1 }
        continue
      }
      let surface = slice(token.range)
      switch token.kind {
      case .punctuation:
        let spaceAfter = i + 1 < tokens.count ? tokens[i + 1].spaceBefore : true
        builder.appendPunctuation(surface, spaceBefore: token.spaceBefore, spaceAfter: spaceAfter)
      case .number:
        _ = builder.appendWords(surface)
      case .word:
        if let entry = resources.lexiconEntries(for: surface).first {
          let english = entry.english.first ?? ""
          let span = builder.appendWords(english)
          result.lexicon.append(
            LexiconUse(
              entry: entry.origin.fileAndLine, lemma: entry.lemma, source: surface,
              target: english, sourceSpan: token.range, targetSpan: span))
        } else {
          _ = builder.appendWords(surface)
          result.unknown.append(surface)
        }
      }
      i += 1
    }
    result.target = builder.text
    return result
  }
}
