import Foundation
import Testing

/// Compares `actual` with the golden file `Tests/padanTests/Snapshots/<name>`.
///
/// `RECORD_GOLDEN=1` re-records; a missing file is recorded and the test fails, so new
/// goldens are always reviewed before they are committed.
func assertSnapshot(
  _ actual: String, named name: String, sourceLocation: Testing.SourceLocation = #_sourceLocation
) {
  let url = repositoryRoot.appendingPathComponent("Tests/padanTests/Snapshots")
    .appendingPathComponent(name)
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
