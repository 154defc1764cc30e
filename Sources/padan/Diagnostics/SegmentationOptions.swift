import ArgumentParser
import Foundation
import PadanCore

/// Options shared by every command that segments text.
struct SegmentationOptions: ParsableArguments {
  @Option(
    name: .long,
    help:
      """
      Folder with abbreviations.tsv and layout.tsv. Default: rules/ in the glossary folder \
      (docs/cli.md, "Where padan finds its data").
      """
  )
  var rules: String?

  @Flag(name: .long, help: "Normalise to NFKC instead of NFC.")
  var nfkc = false

  @Flag(
    name: .long, help: "Replace invalid UTF-8 with U+FFFD and warn, instead of skipping the file.")
  var lossy = false

  var normalization: NormalizationOptions {
    NormalizationOptions(form: nfkc ? .nfkc : .nfc, lossy: lossy)
  }

  /// Loads the rules; problems in them are printed, and errors stop the command.
  /// `glossaries` is the folder given with `--glossaries`, if any.
  func loadRules(glossaries: String? = nil) throws -> SegmentationRules {
    let directory = try rulesDirectory(glossaries: glossaries)
    do {
      let (rules, problems) = try SegmentationRules.load(directory: directory)
      DiagnosticPrinter.print(problems)
      if problems.contains(where: { $0.severity == .error }) { throw ExitCode(1) }
      return rules
    } catch let d as Diagnostic {
      DiagnosticPrinter.print(d)
      throw ExitCode(1)
    }
  }

  func makeSegmenter() throws -> DocumentSegmenter {
    try DocumentSegmenter(rules: loadRules(), options: normalization)
  }

  /// Segments every article at `paths` and calls `body` with each segment that is not
  /// boilerplate. Problems are printed and the other articles still complete.
  ///
  /// - Returns: whether any path or article failed.
  func forEachArticleSegment(in paths: [String], _ body: (Document, Segment) -> Void) throws -> Bool
  {
    let segmenter = try makeSegmenter()
    let (files, missing) = InputCollector.files(for: paths)
    DiagnosticPrinter.print(missing)
    var failed = !missing.isEmpty
    for path in files {
      do {
        let (document, warnings) = try segmenter.document(from: try InputCollector.read(path))
        DiagnosticPrinter.print(warnings)
        for segment in document.segments where segment.kind != .boilerplate {
          body(document, segment)
        }
      } catch {
        DiagnosticPrinter.print(error)
        failed = true
      }
    }
    return failed
  }

  /// `--rules`, else `rules/` found by `DataLocator` (inside `glossaries`, the folder given
  /// with `--glossaries`, when it has one).
  func rulesDirectory(glossaries: String? = nil) throws -> String {
    try DataLocator.current.folder(rules, sub: "rules", glossariesOption: glossaries)
  }
}
