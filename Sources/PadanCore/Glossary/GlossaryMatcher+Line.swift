extension GlossaryMatcher {
  /// A token of a line: a word, or a reduplicated word (`negara-negara`) taken as one.
  struct Token {
    /// UTF-8 byte offsets into the text, 0-based: the token, and the end of the first copy
    /// of a reduplicated word (`end` otherwise).
    var start: Int
    var end: Int
    var baseEnd: Int
    /// The lower-cased first copy: its first 8 bytes, its offset in `Line.bytes`, and its
    /// length (-1 when too long for any term, even with a clitic).
    var head: UInt64
    var offset: Int
    var length: Int
    /// Word id, root step and root term of the lower-cased word (-1: none).
    var id: Int32
    var rootChild: Int32
    var rootTerm: Int32
    /// The word without its clitic (`pasukan` for `pasukannya`): its id and root term.
    var stemId: Int32
    var stemTerm: Int32
    /// The second step of a walk starting here: from `rootChild` to the next token's word
    /// (child and term) and to its stem (term).
    var secondChild: Int32
    var secondTerm: Int32
    var secondStemTerm: Int32
    /// The separator id after the token, or `TokenTrie.noSeparator`.
    var separator: UInt8
    /// Which stem to look up: `noStem`, `wordStem` (the reduplicated word itself, as in
    /// `negara-negaranya`) or `cutStem` (the word less its last three bytes).
    var stemKind: UInt8

    static let noStem: UInt8 = 0
    static let wordStem: UInt8 = 1
    static let cutStem: UInt8 = 2

    var isReduplicated: Bool { baseEnd != end }
  }

  /// A candidate end of a walk: the token index, the form index and whether the last
  /// token matched through its stem (a clitic).
  struct Candidate {
    var last: Int
    var form: Int32
    var viaClitic: Bool
  }

  /// A match found in a line: its first and last token, the form, whether the last token
  /// matched through its stem, and whether a case-sensitive form matched as a headline.
  struct Found {
    var first: Int
    var last: Int
    var form: Int32
    var viaClitic: Bool
    var isHeadlineCase: Bool
  }

  /// The tokens of one line and the lower-cased bytes of their words, in buffers
  /// allocated once per call and written by index.
  struct Line {
    var tokens: UnsafeMutablePointer<Token>
    var candidates: UnsafeMutablePointer<Candidate>
    var found: UnsafeMutablePointer<Found>
    var foundCount = 0
    var bytes: UnsafeMutablePointer<UInt8>
    /// Longest line the buffers hold, in bytes, plus one.
    var capacity: Int
    var count = 0

    /// Buffers for a line of fewer than `capacity` bytes (it has fewer tokens than bytes).
    init(capacity: Int) {
      self.capacity = capacity
      tokens = .allocate(capacity: capacity)
      candidates = .allocate(capacity: 2 * capacity + 2)
      found = .allocate(capacity: capacity)
      // Lower-casing makes a word at most 1.5 times longer (U+0130 → i + U+0307).
      bytes = .allocate(capacity: 4 * capacity + 64)
    }

    func deallocate() {
      tokens.deallocate()
      candidates.deallocate()
      found.deallocate()
      bytes.deallocate()
    }
  }

  /// Fills `line` with the tokens of `range`, in three passes: scanning (lower-casing each
  /// word into the line buffer, merging reduplication, noting clitics), then looking up
  /// every word and stem, then every second step of a walk. The lookups of each pass do
  /// not depend on one another, so their cache misses overlap.
  ///
  /// - Parameter lowered: scratch for lower-casing words with non-ASCII letters.
  @inline(__always)
  func tokenize(
    _ text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, into line: inout Line,
    lowered: inout [UInt8]
  ) {
    // A word longer than this cannot match, even as a stem with a clitic.
    let limit = trie.longestWord + 3
    let end = range.upperBound
    var i = range.lowerBound
    var used = 0
    var count = 0
    while i < end {
      let b = text[i]
      if b < 0x80 {
        if !TermText.isASCIIWord(b) {
          i += 1
          continue
        }
      } else {
        let (isWord, length) = TermText.wordCharacter(text, at: i)
        if !isWord {
          i += length
          continue
        }
      }
      // The first copy, lower-cased into the line buffer (ASCII as it is scanned).
      let start = i
      let out = line.bytes + used
      var n = 0
      var head: UInt64 = 0
      var ascii = true
      while i < end {
        let c = text[i]
        if c < 0x80 {
          guard TermText.isASCIIWord(c) else { break }
          let lower = c >= 0x41 && c <= 0x5A ? c | 0x20 : c
          if n < 8 { head |= UInt64(lower) &<< (8 &* UInt64(n)) }
          if n < limit { out[n] = lower }
          n &+= 1
          i &+= 1
        } else {
          let (isWord, length) = TermText.wordCharacter(text, at: i)
          guard isWord else { break }
          ascii = false
          i += length
        }
      }
      let firstEnd = i
      var length = n <= limit ? n : -1
      if !ascii {
        length = -1
        if firstEnd - start <= limit {
          lowered.removeAll(keepingCapacity: true)
          TermText.appendLowercased(text, start..<firstEnd, to: &lowered)
          if lowered.count <= limit {
            for (k, byte) in lowered.enumerated() { out[k] = byte }
            length = lowered.count
            head = TokenTrie.packed(out, length)
          }
        }
      }
      // negara-negara (and negara-negaranya): the same word again after a hyphen.
      var tokenEnd = firstEnd
      var stemKind = Token.noStem
      if length > 0, firstEnd + 1 < end, text[firstEnd] == 0x2D {
        let secondEnd = TermText.runEnd(text, from: firstEnd + 1, end: end, words: true)
        let second = secondEnd - firstEnd - 1
        if second == length || second == length + 3 {
          var same = true
          for k in 0..<length {
            let c = text[firstEnd + 1 + k]
            if (c >= 0x41 && c <= 0x5A ? c | 0x20 : c) != out[k] {
              same = false
              break
            }
          }
          if same && second == length + 3 {
            same = Self.endsWithClitic(text, secondEnd)
            if same { stemKind = Token.wordStem }
          }
          if same { tokenEnd = secondEnd }
        }
      }
      // A clitic on a single word: pasukannya.
      if tokenEnd == firstEnd && length >= 6 && Self.endsWithClitic(text, firstEnd) {
        stemKind = Token.cutStem
      }
      // The separator run after the token, if a word follows on the line; most often one
      // ASCII character.
      var separatorEnd = tokenEnd + 1
      var separator = TokenTrie.noSeparator
      if separatorEnd < end && text[tokenEnd] < 0x80 && TermText.isASCIIWord(text[separatorEnd]) {
        separator = asciiSeparators[Int(text[tokenEnd])]
      } else {
        separatorEnd = TermText.runEnd(text, from: tokenEnd, end: end, words: false)
        if separatorEnd < end && separatorEnd > tokenEnd {
          separator = trie.separator(text.baseAddress! + tokenEnd, separatorEnd - tokenEnd)
        }
      }
      line.tokens[count] = Token(
        start: start, end: tokenEnd, baseEnd: firstEnd, head: head, offset: used,
        length: length, id: -1, rootChild: -1, rootTerm: -1, stemId: -1, stemTerm: -1,
        secondChild: -1, secondTerm: -1, secondStemTerm: -1, separator: separator,
        stemKind: stemKind)
      count += 1
      if length > 0 { used += length }
      i = separatorEnd
    }
    line.count = count
    lookUpWords(line)
    lookUpSecondSteps(line)
  }

  /// Looks up every token's word and stem.
  @inline(__always)
  func lookUpWords(_ line: Line) {
    let longest = trie.longestWord
    for k in 0..<line.count {
      let token = line.tokens + k
      let n = token.pointee.length
      guard n > 0 else { continue }
      let bytes = line.bytes + token.pointee.offset
      if n <= longest, let slot = trie.word(head: token.pointee.head, bytes, n) {
        token.pointee.id = slot.id
        token.pointee.rootChild = slot.rootChild
        token.pointee.rootTerm = slot.rootTerm
      }
      switch token.pointee.stemKind {
      case Token.wordStem:
        token.pointee.stemId = token.pointee.id
        token.pointee.stemTerm = token.pointee.rootTerm
      case Token.cutStem:
        if let stem = trie.word(bytes, n - 3) {
          token.pointee.stemId = stem.id
          token.pointee.stemTerm = stem.rootTerm
        }
      default:
        break
      }
    }
  }

  /// The second step of every walk (to the next word and to its stem).
  @inline(__always)
  func lookUpSecondSteps(_ line: Line) {
    let tokens = line.tokens
    var k = 0
    while k + 1 < line.count {
      let node = tokens[k].rootChild
      let separator = tokens[k].separator
      if node >= 0 && separator != TokenTrie.noSeparator {
        let next = tokens[k + 1]
        if next.id >= 0, let edge = trie.step(node, separator, next.id) {
          tokens[k].secondChild = edge.child
          tokens[k].secondTerm = edge.term
        }
        if next.stemId >= 0, let edge = trie.step(node, separator, next.stemId) {
          tokens[k].secondStemTerm = edge.term
        }
      }
      k += 1
    }
  }

  /// Whether the word ending at `end` ends with `nya`, `lah`, `kah` or `pun` (any case).
  @inline(__always)
  static func endsWithClitic(_ text: UnsafeBufferPointer<UInt8>, _ end: Int) -> Bool {
    guard end >= 3 else { return false }
    let a = text[end - 3] | 0x20
    let b = text[end - 2] | 0x20
    let c = text[end - 1] | 0x20
    return (a == 0x6E && b == 0x79 && c == 0x61) || (a == 0x6C && b == 0x61 && c == 0x68)
      || (a == 0x6B && b == 0x61 && c == 0x68) || (a == 0x70 && b == 0x75 && c == 0x6E)
  }

  /// The clitic a word ends with, lower-cased (the word passed `endsWithClitic`).
  @inline(__always)
  static func clitic(_ text: UnsafeBufferPointer<UInt8>, endingAt end: Int) -> String {
    switch text[end - 3] | 0x20 {
    case 0x6E: "nya"
    case 0x6C: "lah"
    case 0x6B: "kah"
    default: "pun"
    }
  }
}
