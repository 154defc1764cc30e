import Foundation
import Testing

@testable import PadanCore

/// Inputs that once crashed, hung or blew up a reader (found by Scripts/fuzz.sh or in
/// review), replayed through the readers of their fuzz target on every test run. Each must
/// now be read to an end: a result or diagnostics, never a trap.
@Suite struct FuzzRegressionTests {
  static let folder = repositoryRoot.appendingPathComponent(
    "Tests/PadanCoreTests/Fuzz/Regressions")

  /// (target, file name) for every kept input.
  static let inputs: [(String, String)] = {
    let fm = FileManager.default
    return ["text", "jsonl", "glossary", "lexicon", "xml"].flatMap { target in
      let names = (try? fm.contentsOfDirectory(atPath: folder.appendingPathComponent(target).path))
      return (names ?? []).sorted().map { (target, $0) }
    }
  }()

  @Test func everyTargetHasKeptInputs() {
    #expect(Set(Self.inputs.map(\.0)) == ["text", "jsonl", "glossary", "lexicon", "xml"])
  }

  @Test(arguments: inputs)
  func replays(target: String, name: String) throws {
    let bytes = [UInt8](
      try Data(contentsOf: Self.folder.appendingPathComponent(target).appendingPathComponent(name)))
    switch target {
    case "text":
      for lossy in [false, true] {
        _ = bytes.withUnsafeBufferPointer { try? TextCleaner.clean($0, lossy: lossy) }
      }
      _ = try? makeAligner().align(SourceFile(path: name, bytes: bytes))
    case "jsonl":
      let aligner = try makeAligner()
      for (n, line) in bytes.split(separator: 0x0A).enumerated() {
        let reply: JSONLReply
        switch JSONLRecord.parse(line[...], number: n + 1) {
        case .success(let record):
          reply = TranslationStreamProtocol.respond(to: record, aligner: aligner)
        case .failure(let failure): reply = failure
        }
        #expect(reply.output.hasPrefix("{\"id\":"))
      }
    case "glossary":
      let (_, problems) = Glossary.parse(files: [(name, bytes)])
      #expect(problems.contains { $0.severity == .error })
    case "lexicon":
      let (_, problems) = Lexicon.parse(files: [(name, bytes)])
      #expect(problems.contains { $0.severity == .error })
    case "xml":
      let (_, problems) = GlossaryExchangeFormat.tbx.read(bytes, path: name)
      #expect(problems.contains { $0.severity == .error })
      _ = GlossaryExchangeFormat.tbxMin.read(bytes, path: name)
      _ = LexiconImportFormat.freedict.read([(name, bytes)])
      _ = try? BilingualXMLReader.read(bytes, label: name)
    default:
      Issue.record("unknown fuzz target \(target)")
    }
  }
}
