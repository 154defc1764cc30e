import Foundation

@testable import PadanCore

/// `Tests/PadanCoreTests/Diff/Fixtures/<name>`.
func diffFixture(_ name: String) -> String {
  repositoryRoot.appendingPathComponent("Tests/PadanCoreTests/Diff/Fixtures")
    .appendingPathComponent(name).path
}

/// A segment with a source and an English target, no entries recorded.
func segment(_ id: String, _ source: String, _ target: String, kind: Segment.Kind = .body)
  -> BilingualSegment
{
  BilingualSegment(
    id: id, kind: kind, bytes: ByteRange(start: 0, end: 0), line: 1, source: source,
    translation: SegmentTranslation(target: target))
}

/// A JSONL-read file (records everything) holding `segments`.
func bilingualFile(_ segments: [BilingualSegment], path: String = "Seeds/x.txt", label: String)
  -> BilingualFile
{
  BilingualFile(
    label: label, format: "jsonl", records: .full,
    document: BilingualDocument(
      header: BilingualDocument.Header(
        path: path, sha256: "", glossaryFingerprint: "", lexiconFingerprint: "", engine: "",
        segmentCount: segments.count),
      segments: segments))
}

/// The fixture folders `old` and `new` compared, each document's diff kept.
func fixtureDiff() throws -> (documents: [DocumentDiff], summary: DiffSummary) {
  let old = try DiffSide(path: diffFixture("old"), displayPath: "old")
  let new = try DiffSide(path: diffFixture("new"), displayPath: "new")
  var documents: [DocumentDiff] = []
  let (summary, problems) = try BilingualDiffer().diff(old: old, new: new) {
    documents.append($0)
  }
  precondition(problems.isEmpty, "\(problems)")
  return (documents, summary)
}
