#if canImport(Glibc)
  internal import Glibc
#endif

/// The Indonesian-aware glossary matcher used by translation and by `padan glossary find`.
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
public struct GlossaryMatcher: Sendable {
  /// One form of an entry, as compiled (its case policy is a bit of `caseSensitive`).
  struct Form: Sendable {
    var entry: Int
    var text: String
    var isAcronym: Bool
  }

  var trie: TokenTrie
  var forms: [Form] = []
  /// One bit per form, set when it is case-sensitive.
  var caseSensitive: [UInt64] = []
  /// Forms with the same lower-cased words as an earlier form (first form index → others).
  var sameWords: [Int32: [Int32]] = [:]
  /// The separator id of each ASCII byte alone (`TokenTrie.noSeparator` for word bytes).
  var asciiSeparators: [UInt8] = []

  /// Compiles every form (source and variants) of every entry of `glossary`.
  public init(glossary: Glossary) {
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
        if index & 63 == 0 { caseSensitive.append(0) }
        if entry.casePolicy.isCaseSensitive {
          caseSensitive[caseSensitive.count - 1] |= 1 << (index & 63)
        }
        forms.append(Form(entry: entry.id, text: text, isAcronym: Self.isAcronym(text)))
        if !trie.insert(runs: runs, term: index) {
          // Same words as an earlier form: keep it as an alternative of the first one.
          if let first = firstForm(withRuns: runs) { sameWords[first, default: []].append(index) }
        }
      }
    }
    asciiSeparators = (0..<128).map { (b: UInt8) in
      TermText.isASCIIWord(b)
        ? TokenTrie.noSeparator : withUnsafePointer(to: b) { trie.separator($0, 1) }
    }
  }

  /// Whether `text` has letters and all of them are capitals (`AS`, `NATO`, `G20`).
  static func isAcronym(_ text: String) -> Bool {
    if text.utf8.allSatisfy({ $0 < 0x80 }) {
      // ASCII letters are A-Z and a-z.
      var hasCapital = false
      for b in text.utf8 {
        if b >= 0x61 && b <= 0x7A { return false }
        if b >= 0x41 && b <= 0x5A { hasCapital = true }
      }
      return hasCapital
    }
    let letters = text.unicodeScalars.lazy.filter { $0.properties.isAlphabetic }
    return !letters.isEmpty && letters.allSatisfy { $0.properties.isUppercase }
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

  /// All matches in `text`, in order (see the type's documentation).
  public func matches(in text: String) -> [GlossaryMatch] {
    var copy = text
    return copy.withUTF8 { matches(in: $0) }
  }

  /// All matches in UTF-8 `text`; ranges are byte offsets into it.
  ///
  /// - Complexity: O(n + w · d): w words, d the most words a walk visits.
  public func matches(in text: UnsafeBufferPointer<UInt8>) -> [GlossaryMatch] {
    var result: [GlossaryMatch] = []
    let n = text.count
    guard n > 0, let base = text.baseAddress else { return result }
    var line = Line(capacity: 1024)
    defer { line.deallocate() }
    var lowered: [UInt8] = []
    var written: [UInt8] = []
    var lineStart = 0
    while lineStart < n {
      var lineEnd = n
      if let found = memchr(base + lineStart, 0x0A, n - lineStart) {
        lineEnd = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
      }
      if lineEnd - lineStart + 1 > line.capacity {
        line.deallocate()
        line = Line(capacity: lineEnd - lineStart + 1)
      }
      tokenize(text, lineStart..<lineEnd, into: &line, lowered: &lowered)
      walk(&line, text, written: &written)
      // The match values, built after the walk, which reads no case-insensitive form.
      for f in 0..<line.foundCount { result.append(match(line.found[f], line, text)) }
      lineStart = lineEnd + 1
    }
    return result
  }

  /// Leftmost-longest walks over a tokenised line, into `line.found`; at each start the
  /// candidates are tried longest first (a plain word before a clitic at the same end),
  /// and the first whose case policy accepts the text wins. Case-insensitive forms are
  /// accepted from a bit set, without reading the form.
  @inline(__always)
  func walk(_ line: inout Line, _ text: UnsafeBufferPointer<UInt8>, written: inout [UInt8]) {
    line.foundCount = 0
    let tokens = line.tokens
    let candidates = line.candidates
    let count = line.count
    var k = 0
    while k < count {
      let first = tokens[k]
      guard first.rootChild >= 0 || first.stemTerm >= 0 else {
        k += 1
        continue
      }
      // Candidates in order of their end (a clitic before the plain word at each end).
      var found = 0
      if first.stemTerm >= 0 {
        candidates[found] = Candidate(last: k, form: first.stemTerm, viaClitic: true)
        found += 1
      }
      if first.rootTerm >= 0 {
        candidates[found] = Candidate(last: k, form: first.rootTerm, viaClitic: false)
        found += 1
      }
      if first.separator != TokenTrie.noSeparator && k + 1 < count {
        if first.secondStemTerm >= 0 {
          candidates[found] = Candidate(last: k + 1, form: first.secondStemTerm, viaClitic: true)
          found += 1
        }
        if first.secondTerm >= 0 {
          candidates[found] = Candidate(last: k + 1, form: first.secondTerm, viaClitic: false)
          found += 1
        }
        var node = first.secondChild
        var j = k + 1
        while node >= 0 && j + 1 < count && tokens[j].separator != TokenTrie.noSeparator {
          let separator = tokens[j].separator
          let next = tokens[j + 1]
          if next.stemId >= 0, let edge = trie.step(node, separator, next.stemId), edge.term >= 0 {
            candidates[found] = Candidate(last: j + 1, form: edge.term, viaClitic: true)
            found += 1
          }
          guard next.id >= 0, let edge = trie.step(node, separator, next.id) else { break }
          if edge.term >= 0 {
            candidates[found] = Candidate(last: j + 1, form: edge.term, viaClitic: false)
            found += 1
          }
          node = edge.child
          j += 1
        }
      }
      // Longest first, so from the last one found.
      var matchedLast = -1
      var c = found - 1
      while c >= 0 {
        let candidate = candidates[c]
        if let (form, headline) = accepted(candidate, from: k, line, text, written: &written) {
          line.found[line.foundCount] = Found(
            first: k, last: candidate.last, form: form, viaClitic: candidate.viaClitic,
            isHeadlineCase: headline)
          line.foundCount += 1
          matchedLast = candidate.last
          break
        }
        c -= 1
      }
      k = matchedLast >= 0 ? matchedLast + 1 : k + 1
    }
  }

  /// Whether form `index` is case-sensitive (a bit of `caseSensitive`).
  @inline(__always)
  func isCaseSensitive(_ index: Int32) -> Bool {
    caseSensitive[Int(index) >> 6] & (1 << UInt64(index & 63)) != 0
  }

  /// The form that matches for `candidate` over the tokens from `first`: its own, or
  /// another with the same words (a rare case), whichever case policy first accepts the
  /// text; and whether it matched as a headline.
  @inline(__always)
  func accepted(
    _ candidate: Candidate, from first: Int, _ line: Line, _ text: UnsafeBufferPointer<UInt8>,
    written: inout [UInt8]
  ) -> (form: Int32, isHeadlineCase: Bool)? {
    if !isCaseSensitive(candidate.form) { return (candidate.form, false) }
    if let headline = accepts(
      form: Int(candidate.form), candidate, from: first, line, text, written: &written)
    {
      return (candidate.form, headline)
    }
    guard !sameWords.isEmpty, let others = sameWords[candidate.form] else { return nil }
    for form in others {
      if !isCaseSensitive(form) { return (form, false) }
      if let headline = accepts(
        form: Int(form), candidate, from: first, line, text, written: &written)
      {
        return (form, headline)
      }
    }
    return nil
  }

  /// Whether case-sensitive form `index` accepts the text of `candidate` from token
  /// `first`: `false` for its own case, `true` for a headline, `nil` when it does not.
  func accepts(
    form index: Int, _ candidate: Candidate, from first: Int, _ line: Line,
    _ text: UnsafeBufferPointer<UInt8>, written: inout [UInt8]
  ) -> Bool? {
    let form = forms[index]
    let tokens = line.tokens
    let last = candidate.last
    // The text as the form would be written: first copies of reduplicated words, no clitic.
    written.removeAll(keepingCapacity: true)
    for k in first...last {
      var end = tokens[k].baseEnd
      if candidate.viaClitic && k == last && !tokens[k].isReduplicated { end -= 3 }
      written.append(contentsOf: UnsafeBufferPointer(rebasing: text[tokens[k].start..<end]))
      if k < last {
        written.append(
          contentsOf: UnsafeBufferPointer(rebasing: text[tokens[k].end..<tokens[k + 1].start]))
      }
    }
    if written.elementsEqual(form.text.utf8) { return false }
    let writtenText = String(decoding: written, as: UTF8.self)
    guard !form.isAcronym,
      writtenText == form.text.uppercased() || writtenText == Self.titleCased(form.text)
    else {
      return nil
    }
    return true
  }

  /// The match of `found` over the tokens of `line`.
  @inline(__always)
  func match(_ found: Found, _ line: Line, _ text: UnsafeBufferPointer<UInt8>) -> GlossaryMatch {
    let tokens = line.tokens
    let form = forms[Int(found.form)]
    var isReduplicated = false
    for k in found.first...found.last where tokens[k].isReduplicated { isReduplicated = true }
    let end = tokens[found.last].end
    return GlossaryMatch(
      entry: form.entry, range: ByteRange(start: tokens[found.first].start, end: end),
      form: form.text, clitic: found.viaClitic ? Self.clitic(text, endingAt: end) : nil,
      isReduplicated: isReduplicated, isHeadlineCase: found.isHeadlineCase)
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
