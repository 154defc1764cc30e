import Foundation

@testable import PadanCore

/// The shipped glossaries and lexicon, loaded once.
let shippedResources: TranslationResources = {
  let (resources, problems) = try! TranslationResources.load(
    directory: repositoryRoot.appendingPathComponent("Glossaries").path)
  precondition(!problems.contains { $0.severity == .error }, "\(problems)")
  return resources
}()

/// The engine over the shipped data.
let shippedTranslator = RuleTranslator(resources: shippedResources)

/// The `src` of every item of a development file in `Tests/Data/mt/`.
func developmentSources(_ name: String) throws -> [String] {
  let url = repositoryRoot.appendingPathComponent("Tests/Data/mt/\(name)")
  return try String(contentsOf: url, encoding: .utf8).split(separator: "\n").map { line in
    let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as! [String: Any]
    return object["src"] as! String
  }
}

/// The translated segments (not boilerplate) of every sample article in `Seeds/`.
func seedSegments() throws -> [(kind: Segment.Kind, text: String)] {
  let folder = repositoryRoot.appendingPathComponent("Seeds")
  let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
    .filter { $0.hasSuffix(".txt") }.sorted()
  var result: [(Segment.Kind, String)] = []
  for name in names {
    let bytes = try [UInt8](Data(contentsOf: folder.appendingPathComponent(name)))
    let segmenter = try DocumentSegmenter(rules: shippedRules)
    let (document, _) = try segmenter.document(from: SourceFile(path: name, bytes: bytes))
    for segment in document.segments where segment.kind != .boilerplate {
      result.append((segment.kind, document.text(of: segment)))
    }
  }
  return result
}
