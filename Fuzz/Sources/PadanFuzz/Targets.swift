import Foundation

@testable import PadanCore

/// The fuzz targets, chosen by `PADAN_FUZZ_TARGET`: each feeds the input bytes to one
/// family of readers and checks nothing but that they return (a trap, an address error, a
/// leak, a hang or a timeout is what libFuzzer reports).
enum FuzzTarget: String, CaseIterable {
  /// The text cleaner (both modes) and the full pipeline of `translate --jsonl` on the
  /// input as one article.
  case text
  /// `translate --jsonl` request lines and `X.jsonl` segment lines.
  case jsonl
  /// The glossary TSV loader and the flat exchange formats (CSV, OmegaT).
  case glossary
  /// The lexicon TSV loader.
  case lexicon
  /// TBX, TBX-Min, FreeDict TEI, TMX and XLIFF.
  case xml

  nonisolated(unsafe) static var selected: FuzzTarget = .text
  nonisolated(unsafe) static var aligner: BilingualAligner?

  /// The aligner of `padan translate`, with the shipped rules, glossaries and lexicon.
  static func makeAligner() -> BilingualAligner {
    let root = ProcessInfo.processInfo.environment["PADAN_ROOT"] ?? "."
    do {
      let (rules, _) = try SegmentationRules.load(directory: root + "/Glossaries/rules")
      let (resources, _) = try TranslationResources.load(directory: root + "/Glossaries")
      return BilingualAligner(
        segmenter: try DocumentSegmenter(rules: rules),
        translator: RuleTranslator(resources: resources), engine: "rules",
        glossaryFingerprint: resources.glossaryFingerprint,
        lexiconFingerprint: resources.lexiconFingerprint)
    } catch {
      fatalError("cannot load the resources from \(root): \(error)")
    }
  }

  func run(_ bytes: [UInt8]) {
    switch self {
    case .text:
      for lossy in [false, true] {
        _ = bytes.withUnsafeBufferPointer { try? TextCleaner.clean($0, lossy: lossy) }
      }
      let source = SourceFile(path: "fuzz.txt", bytes: bytes)
      _ = try? Self.aligner!.align(source)
    case .jsonl:
      for (n, line) in bytes.split(separator: 0x0A, omittingEmptySubsequences: false).enumerated() {
        let line = Array(line)
        if case .success(let record) = JSONLRecord.parse(line[...], number: n + 1) {
          _ = TranslationStreamProtocol.respond(to: record, aligner: Self.aligner!)
        }
        if let object = try? BilingualJSONLReader.object(line, path: "fuzz.jsonl", line: n + 1) {
          _ = try? BilingualJSONLReader.segment(from: object, path: "fuzz.jsonl", line: n + 1)
        }
      }
    case .glossary:
      _ = Glossary.parse(files: [("fuzz.tsv", bytes)])
      for format in [GlossaryExchangeFormat.deepl, .google, .amazon, .omegat] {
        _ = format.read(bytes, path: "fuzz")
      }
    case .lexicon:
      _ = Lexicon.parse(files: [("fuzz.tsv", bytes)])
    case .xml:
      for format in [GlossaryExchangeFormat.tbx, .tbxMin] { _ = format.read(bytes, path: "fuzz") }
      _ = LexiconImportFormat.freedict.read([("fuzz.tei", bytes)])
      _ = try? BilingualXMLReader.read(bytes, label: "fuzz.xml")
    }
  }
}

/// libFuzzer's driver: runs the fuzzing loop with the usual flags (`-max_total_time=…`,
/// corpus folders) and calls `callback` with each input.
@_silgen_name("LLVMFuzzerRunDriver")
func fuzzerRunDriver(
  _ argc: UnsafeMutablePointer<CInt>,
  _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
  _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
) -> CInt

@main
enum PadanFuzz {
  static func main() {
    let name = ProcessInfo.processInfo.environment["PADAN_FUZZ_TARGET"] ?? "text"
    guard let target = FuzzTarget(rawValue: name) else {
      fatalError("PADAN_FUZZ_TARGET: one of \(FuzzTarget.allCases.map(\.rawValue))")
    }
    FuzzTarget.selected = target
    if target == .text || target == .jsonl { FuzzTarget.aligner = FuzzTarget.makeAligner() }
    var argc = CommandLine.argc
    var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
    exit(fuzzerRunDriver(&argc, &argv, testOneInput))
  }
}

/// One input (libFuzzer's entry point, also named for its own driver).
@_cdecl("LLVMFuzzerTestOneInput")
public func testOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
  FuzzTarget.selected.run(bytes)
  return 0
}
