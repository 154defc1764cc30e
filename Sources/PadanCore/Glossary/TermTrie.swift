/// A trie over interned word and separator ids: each term is a path
/// word, separator, word, …, and a node that ends a term holds the term's index.
///
/// Transitions live in one open-addressing table keyed by (node, token), so the trie
/// costs a few bytes per edge whatever its size.
struct TermTrie: Sendable {
  /// One transition: (node, token) packed in `key`, and the child node.
  struct Edge: Sendable {
    var key: UInt64
    var child: Int32
  }

  private(set) var tokens: WordTable
  /// Term index ending at each node, or -1.
  private(set) var terminal: [Int32] = [-1]
  private var edges: [Edge]
  private var mask: Int
  private var edgeCount = 0

  init(expectedEdges: Int = 1 << 12) {
    var size = 16
    while size < expectedEdges * 2 { size <<= 1 }
    edges = Array(repeating: Edge(key: UInt64.max, child: -1), count: size)
    mask = size - 1
    tokens = WordTable(capacity: max(1024, expectedEdges / 2))
    terminal.reserveCapacity(expectedEdges)
  }

  var nodeCount: Int { terminal.count }
  var byteSize: Int { tokens.byteSize + terminal.count * 4 + edges.count * 16 }

  @inline(__always)
  static func key(_ node: Int32, _ token: Int32) -> UInt64 {
    UInt64(UInt32(bitPattern: node)) << 32 | UInt64(UInt32(bitPattern: token))
  }

  @inline(__always)
  static func slot(_ key: UInt64, _ mask: Int) -> Int {
    var h = key &* 0x9E37_79B9_7F4A_7C15
    h ^= h >> 31
    return Int(truncatingIfNeeded: h) & mask
  }

  /// The child of `node` along `token`, or -1.
  @inline(__always)
  func child(_ node: Int32, _ token: Int32) -> Int32 {
    let k = Self.key(node, token)
    var s = Self.slot(k, mask)
    return edges.withUnsafeBufferPointer { e in
      while true {
        let edge = e[s]
        if edge.key == k { return edge.child }
        if edge.key == UInt64.max { return -1 }
        s = (s + 1) & mask
      }
    }
  }

  /// Adds a term given as its runs (see `TermText.runs`); the first index given for a
  /// path is kept.
  /// - Returns: whether the term was new.
  @discardableResult
  mutating func insert(runs: [ArraySlice<UInt8>], index: Int32) -> Bool {
    var node: Int32 = 0
    for run in runs {
      let token = tokens.intern(run)
      var next = child(node, token)
      if next < 0 {
        next = Int32(terminal.count)
        terminal.append(-1)
        addEdge(node, token, next)
      }
      node = next
    }
    if terminal[Int(node)] >= 0 { return false }
    terminal[Int(node)] = index
    return true
  }

  private mutating func addEdge(_ node: Int32, _ token: Int32, _ next: Int32) {
    if (edgeCount + 1) * 2 > edges.count { grow() }
    let k = Self.key(node, token)
    var s = Self.slot(k, mask)
    while edges[s].key != UInt64.max { s = (s + 1) & mask }
    edges[s] = Edge(key: k, child: next)
    edgeCount += 1
  }

  private mutating func grow() {
    let old = edges
    let size = edges.count * 2
    edges = Array(repeating: Edge(key: UInt64.max, child: -1), count: size)
    mask = size - 1
    for edge in old where edge.key != UInt64.max {
      var s = Self.slot(edge.key, mask)
      while edges[s].key != UInt64.max { s = (s + 1) & mask }
      edges[s] = edge
    }
  }
}
