internal import Foundation
public import PadanCore

/// The morphology benchmark: `IndonesianMorphology.analyses(of:)` over every word of some
/// texts, with the lexicon's lemmas as the known set.
public struct MorphologyBenchmark {
  public struct Report: Sendable {
    /// Words analysed per repetition, and how many distinct words they are.
    public var words: Int
    public var distinctWords: Int
    /// Words with at least one analysis, and analyses in all (one repetition).
    public var analysedWords: Int
    public var analyses: Int
    /// Best of the repetitions, seconds.
    public var seconds: Double
    public var wordsPerSecond: Double { Double(words) / seconds }
  }

  /// Words of `text`: runs of ASCII letters, digits, hyphens and non-ASCII bytes, as the
  /// engine would pass them (hyphens kept for reduplication; edge hyphens trimmed).
  public static func words(in text: [UInt8]) -> [String] {
    var words: [String] = []
    var start: Int?
    func flush(_ end: Int) {
      guard var s = start else { return }
      var e = end
      while s < e, text[s] == UInt8(ascii: "-") { s += 1 }
      while e > s, text[e - 1] == UInt8(ascii: "-") { e -= 1 }
      if s < e, let word = String(validating: text[s..<e], as: UTF8.self) { words.append(word) }
      start = nil
    }
    for (i, byte) in text.enumerated() {
      let isWordByte =
        (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x41 && byte <= 0x5A)
        || (byte >= 0x30 && byte <= 0x39) || byte == UInt8(ascii: "-") || byte >= 0x80
      if isWordByte {
        if start == nil { start = i }
      } else {
        flush(i)
      }
    }
    flush(text.count)
    return words
  }

  /// Analyses `words` `repetitions` times with `morphology`; reports the best time.
  public static func run(
    words: [String], morphology: IndonesianMorphology, repetitions: Int
  ) -> Report {
    var report = Report(
      words: words.count, distinctWords: Set(words).count, analysedWords: 0, analyses: 0,
      seconds: .infinity)
    for repetition in 0..<max(1, repetitions) {
      var analysed = 0
      var analyses = 0
      let start = DispatchTime.now().uptimeNanoseconds
      for word in words {
        let count = morphology.analyses(of: word).count
        analyses += count
        if count > 0 { analysed += 1 }
      }
      let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
      report.seconds = min(report.seconds, seconds)
      if repetition == 0 {
        report.analysedWords = analysed
        report.analyses = analyses
      }
    }
    return report
  }
}
