import Foundation

@testable import PadanCore

/// An aligner with the word-by-word translator (stable expectations, whatever the engine
/// does) and the shipped data (`shippedResources`).
func makeAligner() throws -> BilingualAligner {
  BilingualAligner(
    segmenter: try DocumentSegmenter(rules: shippedRules),
    translator: WordByWordTranslator(resources: shippedResources, useGlossary: true),
    engine: "words+glossary", glossaryFingerprint: shippedResources.glossaryFingerprint,
    lexiconFingerprint: shippedResources.lexiconFingerprint)
}

/// `text` as a bilingual document.
func bilingual(_ text: String, path: String = "test.txt") throws -> BilingualDocument {
  try makeAligner().align(SourceFile(path: path, bytes: Array(text.utf8))).bilingual
}

/// A temporary file holding `text`; removed by the caller.
func temporaryFile(_ text: String, name: String = "x.jsonl") throws -> String {
  let url = FileManager.default.temporaryDirectory.appendingPathComponent(
    "padan-\(UUID().uuidString)-\(name)")
  try Data(text.utf8).write(to: url)
  return url.path
}
