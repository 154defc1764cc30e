import Testing

@testable import PadanCore

@Suite struct SequenceDiffTests {
  /// The length of a longest common subsequence, by dynamic programming.
  static func lcsLength(_ a: [Int], _ b: [Int]) -> Int {
    var table = [[Int]](repeating: [Int](repeating: 0, count: b.count + 1), count: a.count + 1)
    for i in stride(from: a.count - 1, through: 0, by: -1) {
      for j in stride(from: b.count - 1, through: 0, by: -1) {
        table[i][j] = a[i] == b[j] ? table[i + 1][j + 1] + 1 : max(table[i + 1][j], table[i][j + 1])
      }
    }
    return table[0][0]
  }

  @Test func matchesAreACommonSubsequence() {
    let a = Array("ABCABBA")
    let b = Array("CBABAC")
    let pairs = SequenceDiff.matches(a, b)
    #expect(pairs.count == 4)
    for (k, (i, j)) in pairs.enumerated() {
      #expect(a[i] == b[j])
      if k > 0 { #expect(i > pairs[k - 1].0 && j > pairs[k - 1].1) }
    }
  }

  @Test func emptyAndEqualSequences() {
    #expect(SequenceDiff.matches([Int](), [1, 2]).isEmpty)
    #expect(SequenceDiff.matches([1, 2], [Int]()).isEmpty)
    #expect(SequenceDiff.matches([1, 2, 3], [1, 2, 3]).map(\.0) == [0, 1, 2])
  }

  @Test func longestOnRandomSequences() {
    var state: UInt64 = 42
    func next(_ bound: Int) -> Int {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return Int((state >> 33) % UInt64(bound))
    }
    for _ in 0..<200 {
      let a = (0..<next(12)).map { _ in next(4) }
      let b = (0..<next(12)).map { _ in next(4) }
      let pairs = SequenceDiff.matches(a, b)
      #expect(pairs.count == Self.lcsLength(a, b), "\(a) \(b)")
      #expect(pairs.allSatisfy { a[$0.0] == b[$0.1] })
    }
  }

  @Test func beyondTheCostLimitOnlyPrefixAndSuffixMatch() {
    let a = [0] + Array(1...50) + [99]
    let b = [0] + Array(51...100) + [99]
    #expect(SequenceDiff.matches(a, b, maxCost: 10).map(\.0) == [0, 51])
  }
}
