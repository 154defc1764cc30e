/// A word-level comparison of two texts, for showing what changed inside a segment.
///
/// The texts are split at ICU word boundaries (`WordTokenizer`) into words, punctuation
/// marks and runs of white space; the longest common subsequence of those pieces is kept
/// and the rest is marked. White space alone between two changes joins them, so
/// `[-a b-]{+c d+}` is shown rather than `[-a-]{+c+} [-b-]{+d+}`.
///
/// The runs rebuild both texts exactly: `old` is the `equal` and `delete` runs in order,
/// `new` the `equal` and `insert` runs.
public struct WordDiff: Sendable, Hashable {
  public enum Operation: String, Sendable, Hashable {
    case equal = "="
    case delete = "-"
    case insert = "+"
  }

  public struct Run: Sendable, Hashable {
    public var operation: Operation
    public var text: String

    public init(_ operation: Operation, _ text: String) {
      self.operation = operation
      self.text = text
    }
  }

  /// In text order; within a change, the deleted run comes before the inserted one.
  public var runs: [Run]
  /// How alike the texts are, in percent: 100 × (1 − d / max(n, m)), rounded down, where
  /// d is the edit distance (insertions, deletions, substitutions) between their
  /// sequences of words and punctuation marks, of lengths n and m. 100 only for identical
  /// texts (a change in spacing alone gives 99).
  public var similarity: Int

  public init(runs: [Run], similarity: Int) {
    self.runs = runs
    self.similarity = similarity
  }

  /// The old text as runs: `equal` and `delete`.
  public var oldRuns: [Run] { runs.filter { $0.operation != .insert } }
  /// The new text as runs: `equal` and `insert`.
  public var newRuns: [Run] { runs.filter { $0.operation != .delete } }

  /// Compares `old` with `new`.
  ///
  /// - Complexity: O((N+M)·D) in pieces for the runs and O(N·M) in words for the
  ///   similarity.
  static func compare(_ old: String, _ new: String, tokenizer: WordTokenizer) -> WordDiff {
    if old == new {
      return WordDiff(runs: old.isEmpty ? [] : [Run(.equal, old)], similarity: 100)
    }
    let a = tokenizer.pieces(old)
    let b = tokenizer.pieces(new)
    let pairs = SequenceDiff.matches(a.map(\.text), b.map(\.text))
    // Pieces as operations, in order.
    var steps: [(Operation, Substring)] = []
    steps.reserveCapacity(a.count + b.count)
    var i = 0
    var j = 0
    for (pi, pj) in pairs + [(a.count, b.count)] {
      while i < pi {
        steps.append((.delete, a[i].text))
        i += 1
      }
      while j < pj {
        steps.append((.insert, b[j].text))
        j += 1
      }
      if pi < a.count {
        steps.append((.equal, a[pi].text))
        i += 1
        j += 1
      }
    }
    let isSpace: (Substring) -> Bool = { $0.allSatisfy(\.isWhitespace) }
    let runs = Self.runs(Self.wholeWords(steps, isSpace: isSpace), isSpace: isSpace)
    let distance = Self.distance(
      a.filter { !$0.isSpace }.map(\.text), b.filter { !$0.isSpace }.map(\.text))
    let longest = max(
      a.reduce(0) { $0 + ($1.isSpace ? 0 : 1) }, b.reduce(0) { $0 + ($1.isSpace ? 0 : 1) })
    var similarity = longest == 0 ? 100 : 100 * (longest - distance) / longest
    similarity = min(similarity, 99)
    return WordDiff(runs: runs, similarity: similarity)
  }

  /// Widens each change to whole space-separated words: equal pieces joined without
  /// white space to a changed piece (`Secretary` and `General` around a changed `-`)
  /// become part of the change, deleted and inserted, so `[-Secretary-General-]{+Secretary
  /// General+}` is shown rather than `Secretary[---]{+ +}General`.
  static func wholeWords(_ steps: [(Operation, Substring)], isSpace: (Substring) -> Bool)
    -> [(Operation, Substring)]
  {
    var absorbed = [Bool](repeating: false, count: steps.count)
    var k = 0
    while k < steps.count {
      guard steps[k].0 != .equal else {
        k += 1
        continue
      }
      var end = k
      while end < steps.count && steps[end].0 != .equal { end += 1 }
      let hunk = steps[k..<end]
      func solid(_ piece: (Operation, Substring)?) -> Bool { piece.map { !isSpace($0.1) } ?? false }
      let deletes = hunk.filter { $0.0 == .delete }
      let inserts = hunk.filter { $0.0 == .insert }
      if solid(deletes.first) || solid(inserts.first) {
        var l = k - 1
        while l >= 0 && steps[l].0 == .equal && !isSpace(steps[l].1) {
          absorbed[l] = true
          l -= 1
        }
      }
      if solid(deletes.last) || solid(inserts.last) {
        while end < steps.count && steps[end].0 == .equal && !isSpace(steps[end].1) {
          absorbed[end] = true
          end += 1
        }
      }
      k = end
    }
    guard absorbed.contains(true) else { return steps }
    var out: [(Operation, Substring)] = []
    out.reserveCapacity(steps.count + 8)
    for (i, step) in steps.enumerated() {
      if absorbed[i] {
        out.append((.delete, step.1))
        out.append((.insert, step.1))
      } else {
        out.append(step)
      }
    }
    return out
  }

  /// Groups steps into runs. A change is a stretch of deletions and insertions, with the
  /// equal white space inside it; when it has both, it becomes one deleted run and one
  /// inserted run (the white space in both), otherwise its steps are kept in order.
  static func runs(_ steps: [(Operation, Substring)], isSpace: (Substring) -> Bool) -> [Run] {
    var out: [Run] = []
    func append(_ operation: Operation, _ text: Substring) {
      if let last = out.last, last.operation == operation {
        out[out.count - 1].text += text
      } else {
        out.append(Run(operation, String(text)))
      }
    }
    var change: [(Operation, Substring)] = []
    var spaces: [Substring] = []  // equal white space after a change, maybe inside it
    func flush() {
      let deletes = change.contains { $0.0 == .delete }
      let inserts = change.contains { $0.0 == .insert }
      if deletes && inserts {
        var deleted = ""
        var inserted = ""
        for (operation, text) in change {
          if operation != .insert { deleted += text }
          if operation != .delete { inserted += text }
        }
        out.append(Run(.delete, deleted))
        out.append(Run(.insert, inserted))
      } else {
        for (operation, text) in change { append(operation, text) }
      }
      change = []
      for text in spaces { append(.equal, text) }
      spaces = []
    }
    for (operation, text) in steps {
      if operation == .equal {
        if !change.isEmpty && isSpace(text) {
          spaces.append(text)
        } else {
          flush()
          append(.equal, text)
        }
      } else {
        change += spaces.map { (.equal, $0) }
        spaces = []
        change.append((operation, text))
      }
    }
    flush()
    return out
  }

  /// Levenshtein distance between two sequences.
  ///
  /// - Complexity: O(N·M) time, O(M) memory.
  static func distance(_ a: [Substring], _ b: [Substring]) -> Int {
    if a.isEmpty { return b.count }
    if b.isEmpty { return a.count }
    var previous = Array(0...b.count)
    var current = [Int](repeating: 0, count: b.count + 1)
    for i in 1...a.count {
      current[0] = i
      for j in 1...b.count {
        let substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
        current[j] = min(substitution, previous[j] + 1, current[j - 1] + 1)
      }
      swap(&previous, &current)
    }
    return previous[b.count]
  }
}
