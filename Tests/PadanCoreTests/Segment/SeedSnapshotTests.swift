import Foundation
import Testing

@testable import PadanCore

/// Golden dumps of the two sample articles: every segment with its kind, its normalised
/// and original byte ranges and its text. Reviewed by hand; `RECORD_GOLDEN=1` re-records.
@Suite struct SeedSnapshotTests {
  static let seeds = ["000_d9d9eef47c1bbfe9.txt", "004_9f811401335fad5e.txt"]

  static func dump(_ document: Document) -> String {
    var out = "# \(document.source.path)\n"
    for s in document.segments {
      out +=
        "\(s.index) \(s.kind.rawValue) line \(s.line + 1) para \(s.paragraph) \(s.range) src \(s.sourceRange) | \(document.text(of: s))\n"
    }
    return out
  }

  @Test(arguments: seeds)
  func seedSegments(name: String) throws {
    let path = repositoryRoot.appendingPathComponent("Seeds").appendingPathComponent(name).path
    let source = try InputCollector.read(path)
    let (document, warnings) = try DocumentSegmenter(rules: shippedRules).document(from: source)
    #expect(warnings.isEmpty)
    let relative = SourceFile(path: "Seeds/\(name)", bytes: source.bytes)
    let shown = Document(
      source: relative, normalizedBytes: document.normalizedBytes, sourceMap: document.sourceMap,
      segments: document.segments)
    assertSnapshot(
      Self.dump(shown), named: name.replacingOccurrences(of: ".txt", with: ".segments.txt"))
  }

  /// Every body segment's original bytes, with markup removed, equal its normalised text
  /// up to whitespace: the source map points at the right place.
  @Test(arguments: seeds)
  func sourceRangesPointAtTheSegmentText(name: String) throws {
    let path = repositoryRoot.appendingPathComponent("Seeds").appendingPathComponent(name).path
    let (document, _) = try DocumentSegmenter(rules: shippedRules).document(
      from: try InputCollector.read(path))
    let squeeze = { (s: String) in
      s.unicodeScalars.filter { !$0.properties.isWhitespace }.map(String.init).joined()
    }
    for s in document.segments where s.kind != .byline {
      let original = String(decoding: document.sourceBytes(of: s), as: UTF8.self)
      #expect(squeeze(original) == squeeze(String(document.text(of: s))), "segment \(s.index)")
    }
  }
}
