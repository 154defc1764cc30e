/// The longest common subsequence of two sequences, by Myers' O((N+M)·D) algorithm
/// ("An O(ND) Difference Algorithm and Its Variations", 1986).
///
/// Used twice by `padan diff`: on the source texts of two documents' segments, and on the
/// words of two English texts.
enum SequenceDiff {
  /// The pairs of indices `(i, j)` with `a[i] == b[j]` that form a longest common
  /// subsequence, in increasing order of both.
  ///
  /// - Parameters:
  ///   - maxCost: the largest number of insertions plus deletions searched for; beyond
  ///     it, the part between the common prefix and suffix is left unmatched (a correct
  ///     but not minimal diff), which bounds time and memory on unrelated inputs.
  /// - Complexity: O((N+M)·D) time and O(D²) memory, where D is the number of insertions
  ///   and deletions; O(N+M) when the sequences are equal.
  static func matches<T: Equatable>(_ a: [T], _ b: [T], maxCost: Int = 1_000) -> [(Int, Int)] {
    let n = a.count
    let m = b.count
    var prefix = 0
    while prefix < n && prefix < m && a[prefix] == b[prefix] { prefix += 1 }
    var suffix = 0
    while suffix < n - prefix && suffix < m - prefix && a[n - 1 - suffix] == b[m - 1 - suffix] {
      suffix += 1
    }
    var pairs: [(Int, Int)] = []
    pairs.reserveCapacity(min(n, m))
    for i in 0..<prefix { pairs.append((i, i)) }
    let middle = myers(
      a[prefix..<(n - suffix)], b[prefix..<(m - suffix)], maxCost: maxCost)
    for (i, j) in middle { pairs.append((prefix + i, prefix + j)) }
    for s in stride(from: suffix, to: 0, by: -1) { pairs.append((n - s, m - s)) }
    return pairs
  }

  /// Myers' greedy forward search with a trace of the furthest-reaching x per diagonal,
  /// then a walk back from the end. Indices are relative to the slices' starts.
  private static func myers<T: Equatable>(_ a: ArraySlice<T>, _ b: ArraySlice<T>, maxCost: Int)
    -> [(Int, Int)]
  {
    let n = a.count
    let m = b.count
    guard n > 0 && m > 0 else { return [] }
    let a0 = a.startIndex
    let b0 = b.startIndex
    let limit = min(n + m, maxCost)
    let offset = limit + 1
    var v = [Int](repeating: 0, count: 2 * limit + 3)
    // trace[d] holds v[-d...d] after step d.
    var trace: [[Int]] = []
    var found = -1
    search: for d in 0...limit {
      for k in stride(from: -d, through: d, by: 2) {
        var x =
          (k == -d || (k != d && v[offset + k - 1] < v[offset + k + 1]))
          ? v[offset + k + 1] : v[offset + k - 1] + 1
        var y = x - k
        while x < n && y < m && a[a0 + x] == b[b0 + y] {
          x += 1
          y += 1
        }
        v[offset + k] = x
        if x >= n && y >= m {
          trace.append(Array(v[(offset - d)...(offset + d)]))
          found = d
          break search
        }
      }
      trace.append(Array(v[(offset - d)...(offset + d)]))
    }
    guard found >= 0 else { return [] }
    var pairs: [(Int, Int)] = []
    var x = n
    var y = m
    var d = found
    while d > 0 {
      let previous = trace[d - 1]
      let k = x - y
      func at(_ k: Int) -> Int { previous[k + d - 1] }
      let previousK = (k == -d || (k != d && at(k - 1) < at(k + 1))) ? k + 1 : k - 1
      let previousX = at(previousK)
      let previousY = previousX - previousK
      // The snake after the move from (previousX, previousY).
      let startX = previousK == k + 1 ? previousX : previousX + 1
      let startY = startX - k
      while x > startX && y > startY {
        x -= 1
        y -= 1
        pairs.append((x, y))
      }
      x = previousX
      y = previousY
      d -= 1
    }
    while x > 0 && y > 0 {
      x -= 1
      y -= 1
      pairs.append((x, y))
    }
    return pairs.reversed()
  }
}
