extension TransferRules {
  /// An example whose translation differs from what it expects.
  public struct ExampleFailure: Sendable, CustomStringConvertible {
    public var rule: Rule
    public var example: Example
    public var actual: String

    /// `FILE:LINE:COLUMN: error: rule ID: …` and a word diff (`[-expected-]{+actual+}`).
    public var description: String {
      let kind = example.isFragment ? "does not contain" : "differs from"
      return """
        \(example.location): error: rule \(rule.id): the translation of '\(example.input)' \(kind) the example
          expected: \(example.expected)
          actual:   \(actual)
          diff:     \(TransferRules.wordDiff(example.fragment, actual))
        """
    }
  }

  /// Translates every example (of the rules defined in `paths`, or of all rules) and
  /// returns those that differ from what they expect, with the number of examples run.
  public func checkExamples(with translator: RuleTranslator, paths: [String]? = nil) -> (
    failures: [ExampleFailure], count: Int
  ) {
    var failures: [ExampleFailure] = []
    var count = 0
    for (rule, example) in examples {
      if let paths, !paths.contains(where: { Self.samePath($0, rule.location.path) }) { continue }
      count += 1
      let actual = translator.translate(example.input, kind: .body).target
      let ok =
        example.isFragment ? actual.contains(example.fragment) : actual == example.expected
      if !ok { failures.append(ExampleFailure(rule: rule, example: example, actual: actual)) }
    }
    return (failures, count)
  }

  static func samePath(_ a: String, _ b: String) -> Bool {
    func parts(_ p: String) -> [Substring] {
      p.split(separator: "/").filter { $0 != "." }
    }
    let x = parts(a)
    let y = parts(b)
    let n = min(x.count, y.count)
    return n > 0 && x.suffix(n) == y.suffix(n)
  }

  /// A word diff of `expected` and `actual`: common words as they are, `[-word-]` for a
  /// word only expected, `{+word+}` for a word only in the translation.
  public static func wordDiff(_ expected: String, _ actual: String) -> String {
    let a = expected.split(separator: " ").map(String.init)
    let b = actual.split(separator: " ").map(String.init)
    var table = Array(repeating: Array(repeating: 0, count: b.count + 1), count: a.count + 1)
    for i in stride(from: a.count - 1, through: 0, by: -1) {
      for j in stride(from: b.count - 1, through: 0, by: -1) {
        table[i][j] =
          a[i] == b[j] ? table[i + 1][j + 1] + 1 : max(table[i + 1][j], table[i][j + 1])
      }
    }
    var out: [String] = []
    var i = 0
    var j = 0
    while i < a.count || j < b.count {
      if i < a.count, j < b.count, a[i] == b[j] {
        out.append(a[i])
        i += 1
        j += 1
      } else if i < a.count, j == b.count || table[i + 1][j] >= table[i][j + 1] {
        out.append("[-\(a[i])-]")
        i += 1
      } else {
        out.append("{+\(b[j])+}")
        j += 1
      }
    }
    return out.joined(separator: " ")
  }
}
