internal import Foundation
public import PadanCore

/// The glossary matcher benchmark: build time, throughput, matches and the span digest of
/// the comparison-rule `TermMatcher` on a generated glossary and corpus.
public struct GlossaryBenchmark {
  public struct Report: Sendable {
    public var terms: Int
    public var skippedTerms: Int
    public var buildSeconds: Double
    public var matchSeconds: Double
    public var corpusBytes: Int
    public var matches: Int
    /// sha256 over the lines "start\tend\n" (UTF-8 byte offsets), as `bench_peers.py`.
    public var spansSHA256: String
    public var matcherBytes: Int
    /// Peak resident memory of the whole process, in bytes.
    public var peakMemory: Int
    /// Peak resident memory after the comparison-rule matcher's build and first match,
    /// before the aware matcher exists, in bytes.
    public var comparisonPeakMemory = 0
    /// The Indonesian-aware `GlossaryMatcher` on the same corpus (terms as case-insensitive
    /// `term` entries, or with `awareNames` those with a capital letter as case-sensitive
    /// `org` entries): build and best match time, and its match count.
    public var awareBuildSeconds: Double = 0
    public var awareMatchSeconds: Double = 0
    public var awareMatches: Int = 0
    /// sha256 over the aware matches, one line each: start, end (UTF-8 byte offsets), entry,
    /// form, clitic, reduplicated and headline-case flags; equal digests mean equal matches.
    public var awareSHA256 = ""
    public var awareMegabytesPerSecond: Double { Double(corpusBytes) / 1e6 / awareMatchSeconds }
    public var megabytesPerSecond: Double { Double(corpusBytes) / 1e6 / matchSeconds }
  }

  /// Reads the `source` column of a `source<TAB>target` file (header skipped).
  public static func loadTerms(_ path: String) throws(Diagnostic) -> [String] {
    guard let data = FileManager.default.contents(atPath: path) else {
      throw Diagnostic(.error, at: nil, "\(path): cannot read file")
    }
    var terms: [String] = []
    var first = true
    for line in data.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false) {
      if first {
        first = false
        continue
      }
      let source = line.prefix { $0 != 0x09 }
      if !source.isEmpty { terms.append(String(decoding: source, as: UTF8.self)) }
    }
    return terms
  }

  /// Builds both matchers from `terms` and matches `corpus`, best of `repetitions` each.
  ///
  /// - Parameters:
  ///   - spansOut: a file to write "start\tend\tterm" lines to, if given.
  ///   - awareNames: give the aware matcher terms with a capital letter as case-sensitive
  ///     `org` entries (the rest stay case-insensitive `term` entries).
  public static func run(
    terms: [String], corpus: [UInt8], repetitions: Int, spansOut: String?,
    awareNames: Bool = false
  ) throws(Diagnostic) -> Report {
    let buildStart = DispatchTime.now().uptimeNanoseconds
    let matcher = TermMatcher(terms: terms, expectedCount: terms.count)
    let buildSeconds = Double(DispatchTime.now().uptimeNanoseconds - buildStart) / 1e9
    // The repetitions of the two matchers alternate, so that load from other processes
    // affects both alike. The aware matcher is built after the first comparison-rule match,
    // so that the peak memory of the comparison rule alone is known.
    var best = Double.infinity
    var awareBest = Double.infinity
    var spans: [(Int, Int, Int32)] = []
    var awareMatcher: GlossaryMatcher? = nil
    var awareBuildSeconds = 0.0
    var comparisonPeakMemory = 0
    var awareMatches = 0
    var awareSHA256 = ""
    for _ in 0..<max(1, repetitions) {
      var found: [(Int, Int, Int32)] = []
      found.reserveCapacity(spans.count)
      var start = DispatchTime.now().uptimeNanoseconds
      corpus.withUnsafeBufferPointer { buffer in
        matcher.forEachMatch(in: buffer) { found.append(($0, $1, $2)) }
      }
      best = min(best, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
      spans = found
      if awareMatcher == nil {
        comparisonPeakMemory = SegmentBenchmark.peakResidentBytes()
        start = DispatchTime.now().uptimeNanoseconds
        awareMatcher = awareMatcherOver(terms, names: awareNames)
        awareBuildSeconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
      }
      let aware = awareMatcher!
      start = DispatchTime.now().uptimeNanoseconds
      let awareFound = corpus.withUnsafeBufferPointer { aware.matches(in: $0) }
      awareBest = min(awareBest, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
      awareMatches = awareFound.count
      if awareSHA256.isEmpty { awareSHA256 = digestOfMatches(awareFound) }
    }
    var digest = SHA256()
    var lines = ""
    for (s, e, t) in spans {
      digest.update("\(s)\t\(e)\n")
      if spansOut != nil {
        lines +=
          "\(s)\t\(e)\t\(String(decoding: corpus[s..<e], as: UTF8.self).lowercased())\t\(t)\n"
      }
    }
    if let spansOut {
      guard FileManager.default.createFile(atPath: spansOut, contents: Data(lines.utf8)) else {
        throw Diagnostic(.error, at: nil, "\(spansOut): cannot write file")
      }
    }
    var report = Report(
      terms: matcher.termCount, skippedTerms: matcher.skippedCount, buildSeconds: buildSeconds,
      matchSeconds: best, corpusBytes: corpus.count, matches: spans.count,
      spansSHA256: digest.hexDigest(), matcherBytes: matcher.byteSize,
      peakMemory: 0)
    report.comparisonPeakMemory = comparisonPeakMemory
    report.awareBuildSeconds = awareBuildSeconds
    report.awareMatchSeconds = awareBest
    report.awareMatches = awareMatches
    report.awareSHA256 = awareSHA256
    report.peakMemory = SegmentBenchmark.peakResidentBytes()
    return report
  }

  /// The Indonesian-aware matcher over `terms` as case-insensitive `term` entries, or with
  /// `names` those with a capital letter as case-sensitive `org` entries.
  static func awareMatcherOver(_ terms: [String], names: Bool) -> GlossaryMatcher {
    let origin = SourceLocation(path: "bench", line: 0, column: 0)
    let glossary = Glossary(
      entries: terms.enumerated().map {
        GlossaryEntry(
          id: $0.offset, source: $0.element, target: $0.element,
          kind: names && $0.element.utf8.contains { $0 >= 0x41 && $0 <= 0x5A } ? .org : .term,
          origin: origin)
      })
    return GlossaryMatcher(glossary: glossary)
  }

  /// sha256 over one line per match (see `Report.awareSHA256`).
  static func digestOfMatches(_ matches: [GlossaryMatch]) -> String {
    var digest = SHA256()
    for m in matches {
      digest.update(
        "\(m.range.start)\t\(m.range.end)\t\(m.entry)\t\(m.form)\t\(m.clitic ?? "")\t"
          + "\(m.isReduplicated ? 1 : 0)\(m.isHeadlineCase ? 1 : 0)\n")
    }
    return digest.hexDigest()
  }
}
