import ArgumentParser
import Foundation
import PadanCore

/// Options shared by every command that segments text.
struct SegmentationOptions: ParsableArguments {
  @Option(
    name: .long,
    help:
      "Folder with abbreviations.tsv and layout.tsv (default: Glossaries/rules, found from the current folder or the executable)."
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
  func loadRules() throws -> SegmentationRules {
    let directory = try rulesDirectory()
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

  /// `--rules`, then `$PADAN_RULES`, then `Glossaries/rules` in the current folder or in a
  /// folder above the executable (so `.build/release/padan` finds the repository's).
  func rulesDirectory() throws -> String {
    if let rules { return rules }
    if let env = ProcessInfo.processInfo.environment["PADAN_RULES"] { return env }
    let fm = FileManager.default
    let relative = "Glossaries/rules"
    if fm.fileExists(atPath: relative + "/" + SegmentationRules.abbreviationsFile) {
      return relative
    }
    var url = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
    if let exe = try? fm.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
      url = URL(fileURLWithPath: exe)
    }
    for _ in 0..<8 {
      url.deleteLastPathComponent()
      let candidate = url.appendingPathComponent(relative).path
      if fm.fileExists(atPath: candidate + "/" + SegmentationRules.abbreviationsFile) {
        return candidate
      }
    }
    throw ValidationError("cannot find the segmentation rules (Glossaries/rules); pass --rules DIR")
  }
}
