internal import PadanCore

#if canImport(Glibc)
  internal import Glibc
#endif

/// The comparison-rule matcher that glossary matchers are benchmarked under: terms and text
/// lower-cased, whole words only (a word character is a letter, a number or `_`, so hyphens
/// separate words), leftmost-longest and non-overlapping. It is what `padan bench glossary` checks against flashtext and
/// pyahocorasick, and the base of the Indonesian-aware `GlossaryMatcher`.
///
/// Terms are compiled into a `TokenTrie`. Each line of text is tokenised once (one word
/// lookup per word, which also gives the first trie step), the second steps of all walks
/// of the line are looked up in one independent pass (so their cache misses overlap), and
/// only longer walks continue step by step.
public struct TermMatcher: Sendable {
  var trie: TokenTrie
  /// Terms kept (distinct after lower-casing, starting and ending with a word character).
  public private(set) var termCount = 0
  /// Terms left out because they do not start and end with a word character.
  public private(set) var skippedCount = 0

  /// Compiles `terms`; a term's index in the sequence identifies it in matches.
  public init(terms: some Sequence<String>, expectedCount: Int = 1024) {
    trie = TokenTrie(expectedTerms: expectedCount)
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
      if trie.insert(runs: runs, term: Int32(index)) { termCount += 1 }
    }
  }

  /// Memory held by the compiled matcher, in bytes (approximate).
  public var byteSize: Int { trie.byteSize }

  /// The words of one line: byte range, word id and root step, the separator after it,
  /// and the second step of a walk starting there. Buffers are allocated once per call
  /// and written by index.
  struct Line {
    var starts: UnsafeMutablePointer<Int>
    var ends: UnsafeMutablePointer<Int>
    var ids: UnsafeMutablePointer<Int32>
    var rootChild: UnsafeMutablePointer<Int32>
    var rootTerm: UnsafeMutablePointer<Int32>
    var separators: UnsafeMutablePointer<UInt8>
    var secondChild: UnsafeMutablePointer<Int32>
    var secondTerm: UnsafeMutablePointer<Int32>
    /// First 8 lower-cased bytes, lower-cased length (-1: too long or not found), and the
    /// offset of the lower-cased word in `bytes`, filled by the scanning pass.
    var heads: UnsafeMutablePointer<UInt64>
    var lengths: UnsafeMutablePointer<Int>
    var offsets: UnsafeMutablePointer<Int>
    var bytes: UnsafeMutablePointer<UInt8>
    var capacity: Int
    var count = 0

    init(capacity: Int) {
      self.capacity = capacity
      starts = .allocate(capacity: capacity)
      ends = .allocate(capacity: capacity)
      ids = .allocate(capacity: capacity)
      rootChild = .allocate(capacity: capacity)
      rootTerm = .allocate(capacity: capacity)
      separators = .allocate(capacity: capacity)
      secondChild = .allocate(capacity: capacity)
      secondTerm = .allocate(capacity: capacity)
      heads = .allocate(capacity: capacity)
      lengths = .allocate(capacity: capacity)
      offsets = .allocate(capacity: capacity)
      bytes = .allocate(capacity: capacity * 4 + 64)
    }

    func deallocate() {
      starts.deallocate()
      ends.deallocate()
      ids.deallocate()
      rootChild.deallocate()
      rootTerm.deallocate()
      separators.deallocate()
      secondChild.deallocate()
      secondTerm.deallocate()
      heads.deallocate()
      lengths.deallocate()
      offsets.deallocate()
      bytes.deallocate()
    }
  }

  /// Calls `body(start, end, term)` for every match in `text`, in order; offsets are UTF-8
  /// byte offsets into `text`, 0-based, end exclusive.
  ///
  /// - Complexity: O(n + w · d): w words, d the most words a walk visits.
  public func forEachMatch(in text: UnsafeBufferPointer<UInt8>, _ body: (Int, Int, Int32) -> Void) {
    let n = text.count
    guard n > 0, let base = text.baseAddress else { return }
    var line = Line(capacity: 1024)
    defer { line.deallocate() }
    var lineStart = 0
    while lineStart < n {
      var lineEnd = n
      if let found = memchr(base + lineStart, 0x0A, n - lineStart) {
        lineEnd = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
      }
      // A line has at most one word per two bytes (plus one).
      if lineEnd - lineStart + 1 > line.capacity {
        line.deallocate()
        line = Line(capacity: lineEnd - lineStart + 1)
      }
      line.count = 0
      tokenize(text, lineStart..<lineEnd, into: &line)
      secondSteps(line)
      walk(line, body)
      lineStart = lineEnd + 1
    }
  }

  /// Fills `line` with the words of `range` and the separators after them, in two passes:
  /// first scanning (lower-casing each word into the line buffer and noting its first
  /// bytes), then looking all words up. The lookups of the second pass do not depend on
  /// one another, so their cache misses overlap.
  @inline(__always)
  func tokenize(
    _ text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, into line: inout Line
  ) {
    let longest = trie.longestWord
    var i = range.lowerBound
    let end = range.upperBound
    var used = 0
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
      // Scan the word, lower-casing ASCII into the line buffer.
      let start = i
      var count = 0
      var head: UInt64 = 0
      var ascii = true
      while i < end {
        let c = text[i]
        if c < 0x80 {
          guard TermText.isASCIIWord(c) else { break }
          let lower = c >= 0x41 && c <= 0x5A ? c | 0x20 : c
          if count < 8 { head |= UInt64(lower) << (8 * UInt64(count)) }
          if count <= longest { line.bytes[used + count] = lower }
          count += 1
          i += 1
        } else {
          let (isWord, length) = TermText.wordCharacter(text, at: i)
          guard isWord else { break }
          ascii = false
          i += length
        }
      }
      let k = line.count
      line.starts[k] = start
      line.ends[k] = i
      line.offsets[k] = used
      if !ascii {
        var lowered: [UInt8] = []
        TermText.appendLowercased(text, start..<i, to: &lowered)
        if lowered.count <= longest {
          for (n, byte) in lowered.enumerated() { line.bytes[used + n] = byte }
          line.heads[k] = lowered.withUnsafeBufferPointer {
            TokenTrie.packed($0.baseAddress!, $0.count)
          }
          line.lengths[k] = lowered.count
          used += lowered.count
        } else {
          line.lengths[k] = -1
        }
      } else if count <= longest {
        line.heads[k] = head
        line.lengths[k] = count
        used += count
      } else {
        line.lengths[k] = -1
      }
      // The separator run after the word, if another word follows on the line.
      let separatorEnd = TermText.runEnd(text, from: i, end: end, words: false)
      line.separators[k] =
        separatorEnd < end
        ? trie.separator(text.baseAddress! + i, separatorEnd - i) : TokenTrie.noSeparator
      line.count = k + 1
      i = separatorEnd
    }
    // The lookups, independent of one another.
    for k in 0..<line.count {
      let n = line.lengths[k]
      let slot = n >= 0 ? trie.word(head: line.heads[k], line.bytes + line.offsets[k], n) : nil
      line.ids[k] = slot?.id ?? -1
      line.rootChild[k] = slot?.rootChild ?? -1
      line.rootTerm[k] = slot?.rootTerm ?? -1
    }
  }

  /// The second step of every walk, looked up independently of one another.
  @inline(__always)
  func secondSteps(_ line: Line) {
    let count = line.count
    for k in 0..<count {
      var child: Int32 = -1
      var term: Int32 = -1
      if k + 1 < count, line.rootChild[k] >= 0, line.separators[k] != TokenTrie.noSeparator,
        line.ids[k + 1] >= 0,
        let edge = trie.step(line.rootChild[k], line.separators[k], line.ids[k + 1])
      {
        child = edge.child
        term = edge.term
      }
      line.secondChild[k] = child
      line.secondTerm[k] = term
    }
  }

  /// Leftmost-longest, non-overlapping walks over a tokenised line.
  @inline(__always)
  func walk(_ line: Line, _ body: (Int, Int, Int32) -> Void) {
    let count = line.count
    var k = 0
    while k < count {
      guard line.rootChild[k] >= 0 else {
        k += 1
        continue
      }
      var best = line.rootTerm[k] >= 0 ? k : -1
      var bestTerm = line.rootTerm[k]
      var node = line.secondChild[k]
      if line.secondTerm[k] >= 0 {
        best = k + 1
        bestTerm = line.secondTerm[k]
      }
      var j = k + 1
      while node >= 0 && j + 1 < count {
        let separator = line.separators[j]
        let next = line.ids[j + 1]
        guard separator != TokenTrie.noSeparator, next >= 0,
          let edge = trie.step(node, separator, next)
        else { break }
        j += 1
        node = edge.child
        if edge.term >= 0 {
          best = j
          bestTerm = edge.term
        }
      }
      if best >= 0 {
        body(line.starts[k], line.ends[best], bestTerm)
        k = best + 1
      } else {
        k += 1
      }
    }
  }

  /// All matches in `text` as (start, end, term) triples.
  public func matches(in text: String) -> [(start: Int, end: Int, term: Int32)] {
    var result: [(start: Int, end: Int, term: Int32)] = []
    var copy = text
    copy.withUTF8 { buffer in forEachMatch(in: buffer) { result.append(($0, $1, $2)) } }
    return result
  }
}
