@testable import PadanCore

#if canImport(Glibc)
  import Glibc
#endif

/// The Indonesian-aware matcher as it was before matching moved to per-line token buffers
/// (commit cab8ce1), kept unchanged as the oracle of `GlossaryMatcherDifferentialTests`.
///
/// Its documentation, as it was:
///
/// It extends the comparison rule of `TermMatcher` (whole lower-cased words,
/// leftmost-longest, non-overlapping, over the same `TokenTrie`) with
/// - clitics on the last word of a term: `pasukannya` matches `pasukan` (`-nya`, `-lah`,
///   `-kah`, `-pun`; the stem must keep at least three letters);
/// - reduplicated plurals: `negara-negara anggota` matches `negara anggota`;
/// - hyphenated compounds: `Dewan NATO-Rusia` matches as a whole when listed, and its parts
///   (`NATO`, `Rusia`) match where only they are listed, since a hyphen separates words;
/// - case policy: a case-sensitive form matches its own case, or a headline written in
///   capitals or in title case, but an acronym (a form in capitals, `AS`, `NATO`) only in
///   capitals, so `AS` never matches the preposition `as`. Case-insensitive forms match any case.
/// When the longest candidate fails its case policy, shorter ones are tried.
struct ReferenceGlossaryMatcher {
  /// One form of an entry, as compiled.
  struct Form {
    var entry: Int
    var text: String
    var policy: GlossaryEntry.CasePolicy
    var isAcronym: Bool
  }

  var trie: TokenTrie
  var forms: [Form] = []
  /// Forms with the same lower-cased words as an earlier form (first form index → others).
  var sameWords: [Int32: [Int32]] = [:]

  static let clitics: [[UInt8]] = ["nya", "lah", "kah", "pun"].map { Array($0.utf8) }

  /// Compiles every form (source and variants) of every entry of `glossary`.
  init(glossary: Glossary) {
    let count = glossary.entries.reduce(0) { $0 + $1.forms.count }
    trie = TokenTrie(expectedTerms: max(count, 16))
    var lowered: [UInt8] = []
    for entry in glossary.entries {
      for text in entry.forms {
        lowered.removeAll(keepingCapacity: true)
        var t = text
        t.withUTF8 { TermText.appendLowercased($0, 0..<$0.count, to: &lowered) }
        guard let runs = TermText.runs(of: lowered) else { continue }
        let index = Int32(forms.count)
        let letters = text.unicodeScalars.filter { $0.properties.isAlphabetic }
        forms.append(
          Form(
            entry: entry.id, text: text, policy: entry.casePolicy,
            isAcronym: !letters.isEmpty && letters.allSatisfy { $0.properties.isUppercase }))
        if !trie.insert(runs: runs, term: index) {
          // Same words as an earlier form: keep it as an alternative of the first one.
          if let first = firstForm(withRuns: runs) { sameWords[first, default: []].append(index) }
        }
      }
    }
  }

  /// The form index that ends the path of `runs`, if any.
  func firstForm(withRuns runs: [ArraySlice<UInt8>]) -> Int32? {
    let first = runs[0].withUnsafeBufferPointer { trie.word($0.baseAddress!, $0.count) }
    guard let slot = first else { return nil }
    if runs.count == 1 { return slot.rootTerm >= 0 ? slot.rootTerm : nil }
    var node = slot.rootChild
    var k = 2
    while k < runs.count {
      let separator = runs[k - 1].withUnsafeBufferPointer {
        trie.separator($0.baseAddress!, $0.count)
      }
      guard let word = runs[k].withUnsafeBufferPointer({ trie.word($0.baseAddress!, $0.count) }),
        let edge = trie.step(node, separator, word.id)
      else { return nil }
      if k == runs.count - 1 { return edge.term >= 0 ? edge.term : nil }
      node = edge.child
      k += 2
    }
    return nil
  }

  /// A word of the text, after merging reduplication.
  struct Token {
    var start: Int
    var end: Int
    /// End of the first copy of a reduplicated word, else `end`.
    var baseEnd: Int
    var isReduplicated: Bool
    var slot: TokenTrie.WordSlot?
    /// The word without a clitic, and the clitic's length.
    var stem: TokenTrie.WordSlot?
    var cliticLength: Int
    /// Separator after the token.
    var separator: UInt8
  }

  /// All matches in `text`, in order (see the type's documentation).
  func matches(in text: String) -> [GlossaryMatch] {
    var copy = text
    return copy.withUTF8 { matches(in: $0) }
  }

  /// All matches in UTF-8 `text`; ranges are byte offsets into it.
  func matches(in text: UnsafeBufferPointer<UInt8>) -> [GlossaryMatch] {
    var result: [GlossaryMatch] = []
    guard let base = text.baseAddress else { return result }
    let scratch = UnsafeMutablePointer<UInt8>.allocate(capacity: trie.longestWord + 16)
    defer { scratch.deallocate() }
    var tokens: [Token] = []
    var candidates: [Candidate] = []
    var lineStart = 0
    while lineStart < text.count {
      var lineEnd = text.count
      if let found = memchr(base + lineStart, 0x0A, text.count - lineStart) {
        lineEnd = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
      }
      tokenize(text, lineStart..<lineEnd, scratch: scratch, into: &tokens)
      walk(tokens, text, candidates: &candidates, into: &result)
      lineStart = lineEnd + 1
    }
    return result
  }

  /// Lower-cases `text[range]` into `scratch` (ASCII) and looks it up; non-ASCII words take
  /// the allocating path. Returns the slot and the lower-cased length (-1 when too long).
  @inline(__always)
  func lookUp(
    _ text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, scratch: UnsafeMutablePointer<UInt8>
  )
    -> (slot: TokenTrie.WordSlot?, count: Int)
  {
    let n = range.count
    guard n <= trie.longestWord + 3 else { return (nil, -1) }
    var head: UInt64 = 0
    var ascii = true
    for k in 0..<n {
      let b = text[range.lowerBound + k]
      if b >= 0x80 {
        ascii = false
        break
      }
      let lower = b >= 0x41 && b <= 0x5A ? b | 0x20 : b
      scratch[k] = lower
      if k < 8 { head |= UInt64(lower) << (8 * UInt64(k)) }
    }
    if !ascii {
      var lowered: [UInt8] = []
      TermText.appendLowercased(text, range, to: &lowered)
      guard lowered.count <= trie.longestWord + 3 else { return (nil, -1) }
      for (k, b) in lowered.enumerated() { scratch[k] = b }
      let slot = lowered.count <= trie.longestWord ? trie.word(scratch, lowered.count) : nil
      return (slot, lowered.count)
    }
    return (n <= trie.longestWord ? trie.word(head: head, scratch, n) : nil, n)
  }

  func tokenize(
    _ text: UnsafeBufferPointer<UInt8>, _ line: Range<Int>, scratch: UnsafeMutablePointer<UInt8>,
    into tokens: inout [Token]
  ) {
    tokens.removeAll(keepingCapacity: true)
    let end = line.upperBound
    var i = line.lowerBound
    while i < end {
      let (isWord, length) = TermText.wordCharacter(text, at: i)
      if !isWord {
        i += length
        continue
      }
      let start = i
      let firstEnd = TermText.runEnd(text, from: i, end: end, words: true)
      let (slot, count) = lookUp(text, start..<firstEnd, scratch: scratch)
      var tokenEnd = firstEnd
      var reduplicated = false
      var stem: TokenTrie.WordSlot? = nil
      var cliticLength = 0
      // negara-negara (and negara-negaranya): the same word again after a hyphen.
      if count > 0, firstEnd + 1 < end, text[firstEnd] == 0x2D {
        let secondEnd = TermText.runEnd(text, from: firstEnd + 1, end: end, words: true)
        let second = secondEnd - firstEnd - 1
        if second == count || second == count + 3 {
          var same = true
          for k in 0..<count {
            let b = text[firstEnd + 1 + k]
            if (b >= 0x41 && b <= 0x5A ? b | 0x20 : b) != scratch[k] {
              same = false
              break
            }
          }
          if same && second == count + 3 {
            same = Self.endsWithClitic(text, secondEnd)
            if same {
              stem = slot
              cliticLength = 3
            }
          }
          if same {
            reduplicated = true
            tokenEnd = secondEnd
          }
        }
      }
      // A clitic on a single word: pasukannya.
      if !reduplicated && count >= 6 && Self.endsWithClitic(text, firstEnd) {
        stem = trie.word(scratch, count - 3)
        if stem != nil { cliticLength = 3 }
      }
      // The separator run after the token, if a word follows on the line.
      let separatorEnd = TermText.runEnd(text, from: tokenEnd, end: end, words: false)
      var separator = TokenTrie.noSeparator
      if separatorEnd < end && separatorEnd > tokenEnd {
        separator = trie.separator(text.baseAddress! + tokenEnd, separatorEnd - tokenEnd)
      }
      tokens.append(
        Token(
          start: start, end: tokenEnd, baseEnd: reduplicated ? firstEnd : tokenEnd,
          isReduplicated: reduplicated, slot: slot, stem: stem, cliticLength: cliticLength,
          separator: separator))
      i = separatorEnd
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

  /// A candidate end of a walk: the token index, the form index and whether the last
  /// token matched through its stem (a clitic).
  struct Candidate {
    var last: Int
    var form: Int32
    var viaClitic: Bool
  }

  func walk(
    _ tokens: [Token], _ text: UnsafeBufferPointer<UInt8>, candidates: inout [Candidate],
    into result: inout [GlossaryMatch]
  ) {
    var k = 0
    while k < tokens.count {
      if tokens[k].slot == nil && tokens[k].stem == nil {
        k += 1
        continue
      }
      candidates.removeAll(keepingCapacity: true)
      if let stem = tokens[k].stem, stem.rootTerm >= 0 {
        candidates.append(Candidate(last: k, form: stem.rootTerm, viaClitic: true))
      }
      if let slot = tokens[k].slot {
        if slot.rootTerm >= 0 {
          candidates.append(Candidate(last: k, form: slot.rootTerm, viaClitic: false))
        }
        var node = slot.rootChild
        var j = k
        while node >= 0 && j + 1 < tokens.count && tokens[j].separator != TokenTrie.noSeparator {
          let separator = tokens[j].separator
          let next = tokens[j + 1]
          if let stem = next.stem, let edge = trie.step(node, separator, stem.id), edge.term >= 0 {
            candidates.append(Candidate(last: j + 1, form: edge.term, viaClitic: true))
          }
          guard let slot = next.slot, let edge = trie.step(node, separator, slot.id) else { break }
          if edge.term >= 0 {
            candidates.append(Candidate(last: j + 1, form: edge.term, viaClitic: false))
          }
          node = edge.child
          j += 1
        }
      }
      // Longest first; the first candidate whose case policy accepts the text wins.
      var matched: GlossaryMatch? = nil
      var matchedLast = -1
      if candidates.count > 1 {
        candidates.sort { $0.last > $1.last || ($0.last == $1.last && !$0.viaClitic) }
      }
      for candidate in candidates {
        // The candidate's form, then any form with the same words (a rare case).
        let others = sameWords.isEmpty ? nil : sameWords[candidate.form]
        var alternative = -1
        var form = candidate.form
        while true {
          if let match = accept(
            form: Int(form), tokens: tokens[k...candidate.last], viaClitic: candidate.viaClitic,
            text: text)
          {
            matched = match
            matchedLast = candidate.last
            break
          }
          alternative += 1
          guard let others, alternative < others.count else { break }
          form = others[alternative]
        }
        if matched != nil { break }
      }
      if let matched {
        result.append(matched)
        k = matchedLast + 1
      } else {
        k += 1
      }
    }
  }

  /// The match of `form` over `tokens`, if its case policy accepts the text.
  func accept(
    form index: Int, tokens: ArraySlice<Token>, viaClitic: Bool, text: UnsafeBufferPointer<UInt8>
  ) -> GlossaryMatch? {
    let form = forms[index]
    let last = tokens.last!
    var headline = false
    if form.policy.isCaseSensitive {
      // The text as the form would be written: first copies of reduplicated words, no clitic.
      var base: [UInt8] = []
      for (offset, token) in tokens.enumerated() {
        var end = token.baseEnd
        if viaClitic && offset == tokens.count - 1 && !token.isReduplicated {
          end -= token.cliticLength
        }
        base.append(contentsOf: text[token.start..<end])
        if offset < tokens.count - 1 {
          let next = tokens[tokens.startIndex + offset + 1]
          base.append(contentsOf: text[token.end..<next.start])
        }
      }
      if !base.elementsEqual(form.text.utf8) {
        let written = String(decoding: base, as: UTF8.self)
        guard !form.isAcronym,
          written == form.text.uppercased() || written == Self.titleCased(form.text)
        else {
          return nil
        }
        headline = true
      }
    }
    var clitic: String? = nil
    if viaClitic {
      let end = last.end
      clitic = String(decoding: text[(end - last.cliticLength)..<end], as: UTF8.self).lowercased()
    }
    return GlossaryMatch(
      entry: form.entry, range: ByteRange(start: tokens.first!.start, end: last.end),
      form: form.text,
      clitic: clitic, isReduplicated: tokens.contains { $0.isReduplicated },
      isHeadlineCase: headline)
  }

  /// Each word's first letter in capitals, the rest as written (acronyms stay).
  static func titleCased(_ s: String) -> String {
    var out = ""
    var atWordStart = true
    for c in s {
      out += atWordStart ? c.uppercased() : String(c)
      atWordStart = !(c.isLetter || c.isNumber)
    }
    return out
  }
}
