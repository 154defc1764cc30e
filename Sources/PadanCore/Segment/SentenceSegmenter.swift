/// Splits layout blocks into sentences: ICU's sentence rules plus Indonesian rules.
///
/// ICU (locale `id`) proposes boundaries over the whole normalised text in one pass.
/// The Indonesian rules then
/// - drop a boundary after a `prefix` abbreviation (`Dr.`, `Jl.`, `No.`, `Pte.`) or an
///   initial (`B.J.`);
/// - keep a boundary after an `ambiguous` abbreviation (`dll.`, `Tbk.`) only when the next
///   word starts a new sentence;
/// - drop a boundary after `?` or `!` (and a closing quote) when a lower-case word follows
///   (`"Siapa?" tanya dia`);
/// - drop a boundary before a final parenthetical credit (`... 2022. (Kenzo / AFP)`);
/// - add a boundary after a full stop that follows an ordinary word when a lower-case word
///   follows, which ICU never breaks (`... memadai. rmol news`);
/// - split a leading logo text (`rmol news logo Kondisi ...`) from the sentence.
/// Line ends are hard boundaries, since every block is one line or part of one.
struct SentenceSegmenter {
  let rules: SegmentationRules
  /// Tokens longer than this cannot be listed abbreviations.
  let longestAbbreviation: Int
  let foldedAbbreviationHashes: Set<UInt64>

  init(rules: SegmentationRules) {
    self.rules = rules
    self.longestAbbreviation = rules.longestAbbreviation
    self.foldedAbbreviationHashes = rules.foldedAbbreviationHashes
  }

  /// The sentence ranges of `block`, given ICU's boundaries for the whole text.
  ///
  /// - Parameters:
  ///   - icu: all ICU boundaries of the text, sorted; `cursor` indexes the first one not
  ///     before the block and is advanced past the block.
  /// - Returns: trimmed, non-empty ranges in order, with the kind each one takes.
  func sentences(
    of block: LayoutBlock, in text: TextBytes, icu: [Int], cursor: inout Int
  ) -> [(ByteRange, Segment.Kind)] {
    let r = block.range
    while cursor < icu.count && icu[cursor] <= r.start { cursor += 1 }
    guard block.isSplittable else {
      while cursor < icu.count && icu[cursor] < r.end { cursor += 1 }
      return [(r, block.kind)]
    }
    var cuts: [Int] = []
    var start = r.start
    var result: [(ByteRange, Segment.Kind)] = []
    if block.kind == .body, let logoEnd = logoPrefixEnd(r, in: text) {
      result.append((text.trimmed(ByteRange(start: r.start, end: logoEnd)), .boilerplate))
      start = logoEnd
    }
    while cursor < icu.count && icu[cursor] < r.end {
      let b = icu[cursor]
      cursor += 1
      if b > start && keepsBoundary(b, line: r, in: text) { cuts.append(b) }
    }
    addFullStopBoundaries(ByteRange(start: start, end: r.end), in: text, to: &cuts)
    let editorCode = trailingEditorCode(ByteRange(start: start, end: r.end), in: text)
    if let code = editorCode { cuts.append(code) }
    cuts.sort()
    // ICU may already have broken where a rule adds a cut.
    var unique: [Int] = []
    for c in cuts where unique.last != c { unique.append(c) }
    cuts = unique
    for cut in cuts + [r.end] where cut > start {
      let piece = text.trimmed(ByteRange(start: start, end: cut))
      if !piece.isEmpty {
        let kind =
          block.kind == .body && (piece.start == editorCode || isLogoOrFragment(piece, in: text))
          ? .boilerplate : block.kind
        result.append((piece, kind))
      }
      start = cut
    }
    return result
  }

  /// Whether the ICU boundary `b` (a byte offset inside `line`) survives the rules.
  func keepsBoundary(_ b: Int, line: ByteRange, in text: TextBytes) -> Bool {
    // The text before the boundary, without trailing spaces.
    var end = b
    while end > line.start && text[end - 1] == 0x20 { end -= 1 }
    let before = ByteRange(start: line.start, end: end)
    guard let (terminal, terminalOffset) = text.lastMeaningfulByte(before) else { return true }
    // A sentence never ends with an opening bracket or curly opening quote (ICU can break
    // after ".("). Straight quotes are left alone: after a sentence they usually close it.
    if let last = (before.start..<before.end).last(where: { text[$0] & 0xC0 != 0x80 }),
      text[last] != 0x22 && text[last] != 0x27, text.openerLength(at: last, end: before.end) > 0
    {
      return false
    }
    let hasCloser = terminalOffset + 1 < end
    var next = b
    while next < line.end && text[next] == 0x20 { next += 1 }
    guard next < line.end else { return false }

    switch terminal {
    case 0x2E:  // .
      if !hasCloser, let cls = abbreviationBefore(fullStop: terminalOffset, line: line, in: text) {
        switch cls {
        case .prefix: return false
        case .ambiguous: return startsSentence(at: next, line: line, in: text)
        case .suffix: return startsSentenceAfterName(at: next, line: line, in: text)
        }
      }
    case 0x3F, 0x21:  // ? !
      if text.startsLower(at: next) { return false }
    default:
      break
    }
    if isFinalParenthetical(from: next, line: line, in: text) { return false }
    return true
  }

  /// Classifies the token that ends with the full stop at `dot`.
  func abbreviationBefore(
    fullStop dot: Int, line: ByteRange, in text: TextBytes
  ) -> SegmentationRules.AbbreviationClass? {
    var s = dot
    while s > line.start && text[s - 1] != 0x20 { s -= 1 }
    // Skip opening quotes and brackets.
    while s < dot {
      let k = text.openerLength(at: s, end: dot)
      if k == 0 { break }
      s += k
    }
    guard s < dot else { return nil }
    let token = ByteRange(start: s, end: dot + 1)
    if token.count > longestAbbreviation { return nil }
    let foldedHash = SegmentationRules.foldedHash(
      UnsafeBufferPointer(rebasing: text.bytes[token.range]))
    let listed =
      foldedAbbreviationHashes.contains(foldedHash)
      ? rules.abbreviationClass(Substring(text.string(token))) : nil
    if isInitials(token, in: text) {
      // A lone capital after a lower-case word is a numeral or a listed abbreviation
      // ("kuartal I.", "tanya H. Sukardi"); after a name or alone it is an initial.
      if token.count == 2 && s > line.start + 1 && text[s - 1] == 0x20
        && text.startsLower(at: wordStart(before: s - 1, line: line, in: text))
      {
        return listed
      }
      return .prefix
    }
    return listed
  }

  /// Start of the word that ends just before `end` (exclusive).
  func wordStart(before end: Int, line: ByteRange, in text: TextBytes) -> Int {
    var s = end
    while s > line.start && text[s - 1] != 0x20 { s -= 1 }
    return s
  }

  /// `B.`, `B.J.`, `A.H.` : single capital letters each followed by a full stop.
  func isInitials(_ token: ByteRange, in text: TextBytes) -> Bool {
    guard token.count >= 2, token.count % 2 == 0 else { return false }
    var i = token.start
    while i < token.end {
      guard TextBytes.isUpper(text[i]), text[i + 1] == 0x2E else { return false }
      i += 2
    }
    return true
  }

  /// A capital letter, a digit or an opening quote starts a new sentence.
  func startsSentence(at i: Int, line: ByteRange, in text: TextBytes) -> Bool {
    if text[i] == 0x28 || text[i] == 0x5B { return false }
    if text.openerLength(at: i, end: line.end) > 0 { return true }
    return TextBytes.isDigit(text[i]) || text.startsUpper(at: i)
  }

  /// After a name suffix (`Tbk.`, `Ltd.`) only an opening quote or a common
  /// sentence-starting word (`Perusahaan`, `Namun`) starts a new sentence.
  func startsSentenceAfterName(at i: Int, line: ByteRange, in text: TextBytes) -> Bool {
    if text[i] == 0x28 || text[i] == 0x5B { return false }
    if text.openerLength(at: i, end: line.end) > 0 { return true }
    var e = i
    while e < line.end && text[e] != 0x20 && text[e] != 0x2C { e += 1 }
    return rules.sentenceStarters.contains(text.lowercased(ByteRange(start: i, end: e)))
  }

  /// The rest of the line is one parenthetical with no sentence inside: `(Kenzo / AFP)`.
  func isFinalParenthetical(from i: Int, line: ByteRange, in text: TextBytes) -> Bool {
    guard text[i] == 0x28, text[line.end - 1] == 0x29 else { return false }
    var depth = 0
    for k in i..<line.end {
      let b = text[k]
      if b == 0x28 { depth += 1 }
      if b == 0x29 {
        depth -= 1
        if depth == 0 && k != line.end - 1 { return false }
      }
      if (b == 0x2E || b == 0x3F || b == 0x21) && k + 1 < line.end && text[k + 1] == 0x20 {
        return false
      }
    }
    return line.end - i <= 80
  }

  /// Adds boundaries that ICU never makes after a full stop and a space: before a
  /// lower-case word when the word before the stop is an ordinary word (`... memadai.
  /// rmol news`), and before a digit unless the stop ends an abbreviation (`No. 5`) or a
  /// short list number (`1. pendidikan`), as in `... bertambah. 12 orang hilang`.
  func addFullStopBoundaries(_ range: ByteRange, in text: TextBytes, to cuts: inout [Int]) {
    var i = text.firstIndex(of: 0x2E, from: range.start + 1, end: range.end)
    while i + 2 < range.end {
      if text[i + 1] == 0x20 {
        let next = i + 2
        let before = text[i - 1]
        var s = i
        while s > range.start && text[s - 1] != 0x20 { s -= 1 }
        let token = ByteRange(start: s, end: i + 1)
        if TextBytes.isLower(before) && text.startsLower(at: next) {
          let isWord = (s..<i).allSatisfy { k in
            text[k] >= 0x80 || TextBytes.isLetter(text[k]) || text[k] == 0x2D
          }
          if token.count >= 4 && isWord
            && abbreviationBefore(fullStop: i, line: range, in: text) == nil
          {
            cuts.append(next)
          }
        } else if TextBytes.isDigit(text[next])
          && (TextBytes.isLetter(before) || TextBytes.isDigit(before))
        {
          let isShortNumber = token.count <= 4 && (s..<i).allSatisfy { TextBytes.isDigit(text[$0]) }
          if !isShortNumber && abbreviationBefore(fullStop: i, line: range, in: text) == nil {
            cuts.append(next)
          }
        }
      }
      i = text.firstIndex(of: 0x2E, from: i + 1, end: range.end)
    }
  }

  /// Start of an editor's code such as `(ant/fik)` or `(WIL)` that ends a line after a
  /// sentence, or `nil`.
  func trailingEditorCode(_ r: ByteRange, in text: TextBytes) -> Int? {
    guard r.count > 4, text[r.end - 1] == 0x29 else { return nil }
    var open = r.end - 2
    while open > r.start && text[open] != 0x28 {
      let b = text[open]
      guard TextBytes.isLetter(b) || b == 0x2F else { return nil }
      open -= 1
    }
    guard text[open] == 0x28, r.end - open <= 14, r.end - open >= 4, open > r.start + 1,
      text[open - 1] == 0x20
    else { return nil }
    let before = text.trimmed(ByteRange(start: r.start, end: open))
    return text.endsSentence(before) ? open : nil
  }

  /// End of a leading run of at most four lower-case words that ends in a logo word
  /// (`rmol news logo Kondisi ...`), when a capitalised word follows.
  func logoPrefixEnd(_ r: ByteRange, in text: TextBytes) -> Int? {
    guard !rules.logoWords.isEmpty, TextBytes.isLower(text[r.start]) else { return nil }
    var wordStart = r.start
    var words = 0
    var i = r.start
    while i < r.end && words < 4 {
      if text[i] == 0x20 {
        words += 1
        let word = text.string(ByteRange(start: wordStart, end: i))
        guard word.allSatisfy({ $0.isLowercase || $0.isNumber || $0 == "." }) else { return nil }
        if rules.logoWords.contains(word) {
          return i + 1 < r.end && text.startsUpper(at: i + 1) ? i + 1 : nil
        }
        wordStart = i + 1
      }
      i += 1
    }
    return nil
  }

  /// A short all-lower-case piece without final punctuation, or a logo run, inside body
  /// text: scraped page furniture such as `rmol news logo article`.
  func isLogoOrFragment(_ piece: ByteRange, in text: TextBytes) -> Bool {
    guard !text.endsSentence(piece), text.wordCount(piece) <= 5 else { return false }
    let s = text.string(piece)
    if s.split(separator: " ").contains(where: { rules.logoWords.contains(String($0)) }) {
      return true
    }
    return false
  }
}
