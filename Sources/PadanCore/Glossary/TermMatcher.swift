#if canImport(Glibc)
  internal import Glibc
#endif

/// The comparison-rule matcher of `../shared/README.md`: terms and text lower-cased, whole
/// words only (a word character is a letter, a number or `_`), leftmost-longest and
/// non-overlapping. It is what `padan bench glossary` checks against flashtext and
/// pyahocorasick, and the base of the Indonesian-aware `GlossaryMatcher`.
///
/// Terms are compiled into a `TermTrie` over interned word and separator ids; the text is
/// walked once, word by word, looking each lower-cased word up in a hash table.
public struct TermMatcher: Sendable {
  var trie: TermTrie
  /// Terms kept (distinct after lower-casing, starting and ending with a word character).
  public private(set) var termCount = 0
  /// Terms left out because they do not start and end with a word character.
  public private(set) var skippedCount = 0
  /// Longest word of any term, in bytes: longer text words are never looked up.
  var longestWord = 0
  var spaceToken: Int32 = -1

  /// Compiles `terms`; a term's index in the sequence identifies it in matches.
  public init(terms: some Sequence<String>, expectedCount: Int = 1024) {
    trie = TermTrie(expectedEdges: expectedCount * 3)
    var lowered: [UInt8] = []
    lowered.reserveCapacity(256)
    for (index, term) in terms.enumerated() {
      lowered.removeAll(keepingCapacity: true)
      var t = term
      t.withUTF8 { TermText.appendLowercased($0, 0..<$0.count, to: &lowered) }
      guard let runs = TermText.runs(of: lowered) else {
        skippedCount += 1
        continue
      }
      for (k, run) in runs.enumerated() where k % 2 == 0 {
        longestWord = max(longestWord, run.count)
      }
      if trie.insert(runs: runs, index: Int32(index)) { termCount += 1 }
    }
    spaceToken = [UInt8(0x20)].withUnsafeBufferPointer {
      trie.tokens.id(of: $0.baseAddress!, count: 1)
    }
  }

  /// Memory held by the compiled matcher, in bytes (approximate).
  public var byteSize: Int { trie.byteSize }

  /// The words of one line with their token ids: `separators[k]` is the id of the
  /// separator run after word `k` (-1 when unknown, at the line end, or not needed).
  struct TokenStream {
    var starts: [Int] = []
    var ends: [Int] = []
    var words: [Int32] = []
    var separators: [Int32] = []

    mutating func removeAll() {
      starts.removeAll(keepingCapacity: true)
      ends.removeAll(keepingCapacity: true)
      words.removeAll(keepingCapacity: true)
      separators.removeAll(keepingCapacity: true)
    }
  }

  /// Calls `body(start, end, term)` for every match in `text`, in order; offsets are UTF-8
  /// byte offsets into `text`, 0-based, end exclusive.
  ///
  /// Each line is tokenised once (one hash lookup per word and per separator), then the
  /// trie is walked over the token ids from each word that is in the vocabulary.
  ///
  /// - Complexity: O(n + w · d): w words, d the most words a walk visits.
  public func forEachMatch(in text: UnsafeBufferPointer<UInt8>, _ body: (Int, Int, Int32) -> Void) {
    let n = text.count
    guard n > 0, let base = text.baseAddress else { return }
    let scratch = UnsafeMutablePointer<UInt8>.allocate(capacity: max(16, longestWord + 8))
    defer { scratch.deallocate() }
    var stream = TokenStream()
    var lineStart = 0
    while lineStart < n {
      var lineEnd = n
      if let found = memchr(base + lineStart, 0x0A, n - lineStart) {
        lineEnd = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
      }
      stream.removeAll()
      tokenize(text, lineStart..<lineEnd, scratch: scratch, into: &stream)
      walk(stream, body)
      lineStart = lineEnd + 1
    }
  }

  /// Fills `stream` with the words of `line` and the ids of the words and separators.
  @inline(__always)
  func tokenize(
    _ text: UnsafeBufferPointer<UInt8>, _ line: Range<Int>, scratch: UnsafeMutablePointer<UInt8>,
    into stream: inout TokenStream
  ) {
    var i = line.lowerBound
    let end = line.upperBound
    while i < end {
      // Skip to the next word.
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
      let (wordEnd, token) = lookUpWord(text, from: i, end: end, scratch: scratch)
      var separator: Int32 = -1
      if token >= 0 {
        var separatorEnd = wordEnd
        while separatorEnd < end {
          let c = text[separatorEnd]
          if c < 0x80 {
            if TermText.isASCIIWord(c) { break }
            separatorEnd += 1
          } else {
            let (isWord, length) = TermText.wordCharacter(text, at: separatorEnd)
            if isWord { break }
            separatorEnd += length
          }
        }
        if separatorEnd < end {
          separator =
            separatorEnd - wordEnd == 1 && text[wordEnd] == 0x20
            ? spaceToken
            : trie.tokens.id(of: text.baseAddress! + wordEnd, count: separatorEnd - wordEnd)
        }
      }
      stream.starts.append(i)
      stream.ends.append(wordEnd)
      stream.words.append(token)
      stream.separators.append(separator)
      i = wordEnd
    }
  }

  /// Leftmost-longest, non-overlapping walks over a tokenised line.
  @inline(__always)
  func walk(_ stream: TokenStream, _ body: (Int, Int, Int32) -> Void) {
    let count = stream.words.count
    var k = 0
    while k < count {
      guard stream.words[k] >= 0 else {
        k += 1
        continue
      }
      var node: Int32 = 0
      var j = k
      var best = -1
      var bestTerm: Int32 = -1
      while true {
        node = trie.child(node, stream.words[j])
        if node < 0 { break }
        let term = trie.terminal[Int(node)]
        if term >= 0 {
          best = j
          bestTerm = term
        }
        let separator = stream.separators[j]
        if separator < 0 || j + 1 >= count || stream.words[j + 1] < 0 { break }
        node = trie.child(node, separator)
        if node < 0 { break }
        j += 1
      }
      if best >= 0 {
        body(stream.starts[k], stream.ends[best], bestTerm)
        k = best + 1
      } else {
        k += 1
      }
    }
  }

  /// Scans the word starting at `start` and looks its lower-cased form up.
  ///
  /// - Returns: the end of the word and its token id (-1 when no term has that word).
  @inline(__always)
  func lookUpWord(
    _ text: UnsafeBufferPointer<UInt8>, from start: Int, end: Int,
    scratch: UnsafeMutablePointer<UInt8>
  ) -> (end: Int, token: Int32) {
    var i = start
    var count = 0
    var ascii = true
    while i < end {
      let b = text[i]
      if b < 0x80 {
        guard TermText.isASCIIWord(b) else { break }
        if count < longestWord { scratch[count] = b >= 0x41 && b <= 0x5A ? b | 0x20 : b }
        count += 1
        i += 1
      } else {
        let (isWord, length) = TermText.wordCharacter(text, at: i)
        guard isWord else { break }
        ascii = false
        i += length
      }
    }
    if !ascii {
      // Slow path: Unicode lower-casing of the whole word.
      var lowered: [UInt8] = []
      TermText.appendLowercased(text, start..<i, to: &lowered)
      guard lowered.count <= longestWord else { return (i, -1) }
      return (
        i, lowered.withUnsafeBufferPointer { trie.tokens.id(of: $0.baseAddress!, count: $0.count) }
      )
    }
    guard count <= longestWord else { return (i, -1) }
    return (i, trie.tokens.id(of: scratch, count: count))
  }

  /// All matches in `text` as (start, end, term) triples.
  public func matches(in text: String) -> [(start: Int, end: Int, term: Int32)] {
    var result: [(start: Int, end: Int, term: Int32)] = []
    var copy = text
    copy.withUTF8 { buffer in forEachMatch(in: buffer) { result.append(($0, $1, $2)) } }
    return result
  }
}
