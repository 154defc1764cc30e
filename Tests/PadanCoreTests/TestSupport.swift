import Foundation
import Testing

@testable import PadanCore

/// The repository root, found from this file's path.
let repositoryRoot: URL = URL(fileURLWithPath: #filePath)
  .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

/// The shipped rules in `Glossaries/rules`, loaded once.
let shippedRules: SegmentationRules = {
  let (rules, problems) = try! SegmentationRules.load(
    directory: repositoryRoot.appendingPathComponent("Glossaries/rules").path)
  precondition(problems.isEmpty, "\(problems)")
  return rules
}()

/// Segments `text` and returns each segment as (kind, normalised text).
func segments(_ text: String, rules: SegmentationRules = shippedRules) throws -> [(
  Segment.Kind, String
)] {
  let segmenter = try DocumentSegmenter(rules: rules)
  let (document, _) = try segmenter.document(
    from: SourceFile(path: "test.txt", bytes: Array(text.utf8)))
  return document.segments.map { ($0.kind, String(document.text(of: $0))) }
}

/// Only the texts of the segments.
func sentences(_ text: String, rules: SegmentationRules = shippedRules) throws -> [String] {
  try segments(text, rules: rules).map(\.1)
}

/// Compares `actual` with the golden file `Snapshots/<name>` beside the calling test.
///
/// `RECORD_GOLDEN=1` re-records; a missing file is recorded and the test fails, so new
/// goldens are always reviewed before they are committed.
func assertSnapshot(
  _ actual: String, named name: String, filePath: String = #filePath,
  sourceLocation: Testing.SourceLocation = #_sourceLocation
) {
  var directory = URL(fileURLWithPath: filePath).deletingLastPathComponent()
  while directory.lastPathComponent != "PadanCoreTests" && directory.path != "/" {
    directory.deleteLastPathComponent()
  }
  let url = directory.appendingPathComponent("Snapshots").appendingPathComponent(name)
  let record = ProcessInfo.processInfo.environment["RECORD_GOLDEN"] == "1"
  guard !record, let expected = try? String(contentsOf: url, encoding: .utf8) else {
    try? FileManager.default.createDirectory(
      at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
    try? actual.write(to: url, atomically: true, encoding: .utf8)
    Issue.record(
      "recorded snapshot \(name); review it and run the tests again", sourceLocation: sourceLocation
    )
    return
  }
  if expected != actual {
    let e = expected.split(separator: "\n", omittingEmptySubsequences: false)
    let a = actual.split(separator: "\n", omittingEmptySubsequences: false)
    let line = (0..<min(e.count, a.count)).first { e[$0] != a[$0] } ?? min(e.count, a.count)
    let want = line < e.count ? String(e[line]) : "<end>"
    let got = line < a.count ? String(a[line]) : "<end>"
    Issue.record(
      "snapshot \(name) differs at line \(line + 1):\n  expected: \(want)\n  actual:   \(got)\n(RECORD_GOLDEN=1 re-records)",
      sourceLocation: sourceLocation)
  }
}

/// Runs a file formatter's `format(_:path:)` on `text`.
///
/// - Returns: the canonical text (`nil` when the formatter refuses the file) and the
///   errors, as printed.
func formatted(
  _ text: String, path: String,
  by format: ([UInt8], String) -> (bytes: [UInt8]?, errors: [Diagnostic])
) -> (String?, [String]) {
  let (bytes, errors) = format(Array(text.utf8), path)
  return (bytes.map { String(decoding: $0, as: UTF8.self) }, errors.map(\.description))
}
