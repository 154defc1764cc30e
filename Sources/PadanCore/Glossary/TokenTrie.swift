/// A trie of terms over interned words, laid out for cache-friendly matching of up to
/// millions of terms.
///
/// A term is a word, then (separator, word) steps: `dewan nato-rusia` is `dewan`,
/// (` `, `nato`), (`-`, `rusia`). Three open-addressing tables hold everything:
/// - word slots: the word itself (inline when at most 8 bytes, else in an arena), its id,
///   and the root step (the node a term starting with it reaches, and the term it ends);
///   so the first step of a walk costs no extra lookup;
/// - edges keyed by (node, separator, word), each with its child node and the term it ends;
/// - separators (at most 8 bytes each, at most 255 distinct), packed in one integer.
package struct TokenTrie: Sendable {
  package struct WordSlot: Sendable {
    /// `hash >> 32` of the word, or 0 for an empty slot (a real tag of 0 becomes 1).
    var tag: UInt32 = 0
    var length: UInt32 = 0
    /// The first 8 bytes, little-endian, zero-padded.
    var inline: UInt64 = 0
    var arenaStart: UInt32 = 0
    package var id: Int32 = -1
    /// Node reached from the root by this word (-1 if no term starts with it).
    package var rootChild: Int32 = -1
    /// Term that is this word alone (-1 if none).
    package var rootTerm: Int32 = -1
  }

  package struct Edge: Sendable {
    var key: UInt64 = .max
    package var child: Int32 = -1
    package var term: Int32 = -1
  }

  private(set) var words: [WordSlot]
  private var wordMask: Int
  private(set) var wordCount = 0
  private var arena: [UInt8] = []
  private var edges: [Edge]
  private var edgeMask: Int
  private var edgeCount = 0
  /// Packed separator bytes (with the length in the top byte), by id.
  private(set) var separatorKeys: [UInt64] = []
  /// Open-addressing table of separator ids (512 slots for at most 255 separators).
  private var separatorSlots = [UInt8](repeating: 255, count: 512)
  private(set) var nodeCount: Int32 = 1
  /// Longest word of any term, in bytes.
  package private(set) var longestWord = 0

  package static let noSeparator: UInt8 = 255

  package init(expectedTerms: Int) {
    var size = 64
    while size < expectedTerms * 3 { size <<= 1 }
    words = Array(repeating: WordSlot(), count: size)
    wordMask = size - 1
    var edgeSize = 64
    while edgeSize < expectedTerms * 4 { edgeSize <<= 1 }
    edges = Array(repeating: Edge(), count: edgeSize)
    edgeMask = edgeSize - 1
  }

  package var byteSize: Int { words.count * 32 + arena.count + edges.count * 16 }

  // MARK: Hashing

  /// Hash of a word: its first (up to) 8 bytes as `head`, the rest read from `p + 8`.
  @inline(__always)
  static func hash(head: UInt64, _ p: UnsafePointer<UInt8>, _ n: Int) -> UInt64 {
    var h = (0x9E37_79B9_7F4A_7C15 ^ UInt64(truncatingIfNeeded: n) ^ head) &* 0xFF51_AFD7_ED55_8CCD
    h ^= h >> 29
    var i = 8
    while i + 8 <= n {
      h = (h ^ UnsafeRawPointer(p + i).loadUnaligned(as: UInt64.self)) &* 0xFF51_AFD7_ED55_8CCD
      h ^= h >> 29
      i += 8
    }
    if i < n { h ^= packed(p + i, n - i) }
    h = h &* 0xC4CE_B9FE_1A85_EC53
    h ^= h >> 32
    return h
  }

  @inline(__always)
  static func hash(_ p: UnsafePointer<UInt8>, _ n: Int) -> UInt64 {
    hash(head: packed(p, n), p, n)
  }

  /// Up to 8 bytes, little-endian, zero-padded.
  @inline(__always)
  package static func packed(_ p: UnsafePointer<UInt8>, _ n: Int) -> UInt64 {
    var v: UInt64 = 0
    var i = 0
    while i < min(n, 8) {
      v |= UInt64(p[i]) << (8 * UInt64(i))
      i += 1
    }
    return v
  }

  @inline(__always)
  static func edgeSlot(_ key: UInt64, _ mask: Int) -> Int {
    var h = key &* 0x9E37_79B9_7F4A_7C15
    h ^= h >> 29
    return Int(truncatingIfNeeded: h) & mask
  }

  @inline(__always)
  static func edgeKey(_ node: Int32, _ separator: UInt8, _ word: Int32) -> UInt64 {
    UInt64(UInt32(bitPattern: node)) << 32 | UInt64(separator) << 24
      | UInt64(UInt32(bitPattern: word) & 0xFF_FFFF)
  }

  // MARK: Lookup

  /// The slot of the `n` bytes at `p` (already lower-cased), or `nil`.
  @inline(__always)
  package func word(_ p: UnsafePointer<UInt8>, _ n: Int) -> WordSlot? {
    word(head: Self.packed(p, n), p, n)
  }

  /// The slot of a word whose first (up to) 8 bytes are `head`; the whole word is at `p`.
  @inline(__always)
  package func word(head: UInt64, _ p: UnsafePointer<UInt8>, _ n: Int) -> WordSlot? {
    let s = probe(head: head, p, n)
    return words[s].tag == 0 ? nil : words[s]
  }

  /// The index of the slot that holds the word, or of the empty slot where it would go.
  @inline(__always)
  private func probe(head: UInt64, _ p: UnsafePointer<UInt8>, _ n: Int) -> Int {
    let h = Self.hash(head: head, p, n)
    var tag = UInt32(truncatingIfNeeded: h >> 32)
    if tag == 0 { tag = 1 }
    var s = Int(truncatingIfNeeded: h) & wordMask
    return words.withUnsafeBufferPointer { slots in
      while true {
        let slot = slots[s]
        if slot.tag == 0 { return s }
        if slot.tag == tag && Int(slot.length) == n && slot.inline == head {
          if n <= 8 { return s }
          let same = arena.withUnsafeBufferPointer { a in
            memcmpEqual(a.baseAddress! + Int(slot.arenaStart) + 8, p + 8, n - 8)
          }
          if same { return s }
        }
        s = (s + 1) & wordMask
      }
    }
  }

  /// The separator id of the `n` bytes at `p`, or `noSeparator`.
  @inline(__always)
  package func separator(_ p: UnsafePointer<UInt8>, _ n: Int) -> UInt8 {
    guard n <= 7 else { return Self.noSeparator }
    let key = Self.packed(p, n) | UInt64(n) << 56
    var s = Self.separatorSlot(key)
    while true {
      let id = separatorSlots[s]
      if id == Self.noSeparator || separatorKeys[Int(id)] == key { return id }
      s = (s + 1) & 511
    }
  }

  @inline(__always)
  static func separatorSlot(_ key: UInt64) -> Int {
    Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 55)
  }

  /// The step from `node` along (`separator`, `word`): the child and the term it ends.
  @inline(__always)
  package func step(_ node: Int32, _ separator: UInt8, _ word: Int32) -> Edge? {
    let key = Self.edgeKey(node, separator, word)
    var s = Self.edgeSlot(key, edgeMask)
    return edges.withUnsafeBufferPointer { e in
      while true {
        let edge = e[s]
        if edge.key == key { return edge }
        if edge.key == .max { return nil }
        s = (s + 1) & edgeMask
      }
    }
  }

  // MARK: Building

  /// Adds a term given as alternating word and separator runs (see `TermText.runs`).
  /// - Returns: `false` when the path already ends a term (the first one is kept) or the
  ///   term cannot be stored (a separator over 7 bytes, or more than 254 separators).
  @discardableResult
  package mutating func insert(runs: [ArraySlice<UInt8>], term: Int32) -> Bool {
    // Word ids share an edge key with the node and the separator: 24 bits.
    guard !runs.isEmpty, wordCount < 1 << 24 - runs.count else { return false }
    var separatorIds: [UInt8] = []
    for k in stride(from: 1, to: runs.count, by: 2) {
      guard let id = internSeparator(runs[k]) else { return false }
      separatorIds.append(id)
    }
    let first = internWord(runs[0])
    var node = words[first].rootChild
    if node < 0 {
      node = newNode()
      words[first].rootChild = node
    }
    var endsTerm = runs.count == 1
    if endsTerm {
      if words[first].rootTerm >= 0 { return false }
      words[first].rootTerm = term
      return true
    }
    var k = 2
    while k < runs.count {
      let word = words[internWord(runs[k])].id
      let separator = separatorIds[k / 2 - 1]
      endsTerm = k == runs.count - 1
      let key = Self.edgeKey(node, separator, word)
      var s = Self.edgeSlot(key, edgeMask)
      while edges[s].key != .max && edges[s].key != key { s = (s + 1) & edgeMask }
      if edges[s].key == .max {
        if (edgeCount + 1) * 2 > edges.count {
          growEdges()
          continue
        }
        edges[s] = Edge(key: key, child: newNode(), term: -1)
        edgeCount += 1
      }
      if endsTerm {
        if edges[s].term >= 0 { return false }
        edges[s].term = term
        return true
      }
      node = edges[s].child
      k += 2
    }
    return true
  }

  private mutating func newNode() -> Int32 {
    defer { nodeCount += 1 }
    return nodeCount
  }

  /// The slot index of a word, adding it when new.
  private mutating func internWord(_ bytes: ArraySlice<UInt8>) -> Int {
    longestWord = max(longestWord, bytes.count)
    return bytes.withUnsafeBufferPointer { b -> Int in
      let p = b.baseAddress!
      let n = b.count
      let head = Self.packed(p, n)
      let s = probe(head: head, p, n)
      if words[s].tag != 0 { return s }
      if (wordCount + 1) * 2 > words.count {
        growWords()
        return internWord(bytes)
      }
      let h = Self.hash(head: head, p, n)
      var tag = UInt32(truncatingIfNeeded: h >> 32)
      if tag == 0 { tag = 1 }
      var slot = WordSlot(
        tag: tag, length: UInt32(n), inline: head, arenaStart: 0, id: Int32(wordCount))
      if n > 8 {
        slot.arenaStart = UInt32(arena.count)
        arena.append(contentsOf: b)
      }
      words[s] = slot
      wordCount += 1
      return s
    }
  }

  private mutating func internSeparator(_ bytes: ArraySlice<UInt8>) -> UInt8? {
    guard bytes.count <= 7 else { return nil }
    let existing = bytes.withUnsafeBufferPointer { separator($0.baseAddress!, $0.count) }
    if existing != Self.noSeparator { return existing }
    guard separatorKeys.count < Int(Self.noSeparator) else { return nil }
    let key =
      bytes.withUnsafeBufferPointer { Self.packed($0.baseAddress!, $0.count) } | UInt64(bytes.count)
      << 56
    let id = UInt8(separatorKeys.count)
    separatorKeys.append(key)
    var s = Self.separatorSlot(key)
    while separatorSlots[s] != Self.noSeparator { s = (s + 1) & 511 }
    separatorSlots[s] = id
    return id
  }

  private mutating func growWords() {
    let old = words
    let size = words.count * 2
    words = Array(repeating: WordSlot(), count: size)
    wordMask = size - 1
    arena.withUnsafeBufferPointer { a in
      for slot in old where slot.tag != 0 {
        var bytes = withUnsafeBytes(of: slot.inline) { Array($0.prefix(min(8, Int(slot.length)))) }
        if slot.length > 8 {
          bytes += a[(Int(slot.arenaStart) + 8)..<(Int(slot.arenaStart) + Int(slot.length))]
        }
        let h = bytes.withUnsafeBufferPointer { Self.hash($0.baseAddress!, $0.count) }
        var s = Int(truncatingIfNeeded: h) & wordMask
        while words[s].tag != 0 { s = (s + 1) & wordMask }
        words[s] = slot
      }
    }
  }

  private mutating func growEdges() {
    let old = edges
    let size = edges.count * 2
    edges = Array(repeating: Edge(), count: size)
    edgeMask = size - 1
    for edge in old where edge.key != .max {
      var s = Self.edgeSlot(edge.key, edgeMask)
      while edges[s].key != .max { s = (s + 1) & edgeMask }
      edges[s] = edge
    }
  }
}

@inline(__always)
func memcmpEqual(_ a: UnsafePointer<UInt8>, _ b: UnsafePointer<UInt8>, _ n: Int) -> Bool {
  var i = 0
  while i < n {
    if a[i] != b[i] { return false }
    i += 1
  }
  return true
}
