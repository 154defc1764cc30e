import ArgumentParser
import Foundation
import PadanCore

struct SegmentCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "segment",
    abstract:
      "Split articles into classified segments (title, byline, body sentences, boilerplate...).",
    discussion: """
      Prints each segment with its kind, line:column and byte range in the original file. \
      With --jsonl, speaks the segmentation batch protocol instead: {"id","text"} lines on \
      stdin, one {"id","sentences":[...],"kinds":[...],"ranges":[...]} line per input on stdout.
      """
  )

  enum Format: String, ExpressibleByArgument, CaseIterable {
    case text
    case jsonl
  }

  @Argument(
    help: "Files or folders (.txt files, walked in sorted order); - for stdin. Default: stdin.")
  var paths: [String] = []

  @Option(name: .long, help: "Output format: text or jsonl.")
  var format: Format = .text

  @Flag(name: .long, help: "Batch protocol mode: JSON lines on stdin and stdout.")
  var jsonl = false

  @OptionGroup var options: SegmentationOptions

  func validate() throws {
    if jsonl && !paths.isEmpty {
      throw ValidationError("--jsonl reads standard input; do not pass paths")
    }
  }

  func run() throws {
    if jsonl {
      try runProtocol()
      return
    }
    let segmenter = try options.makeSegmenter()
    let (files, problems) = InputCollector.files(for: paths.isEmpty ? ["-"] : paths)
    var log = DiagnosticLog()
    log.append(contentsOf: problems)
    DiagnosticPrinter.print(problems)
    var out = StandardOutput()
    for path in files {
      do {
        let source = try InputCollector.read(path)
        let (document, warnings) = try segmenter.document(from: source)
        DiagnosticPrinter.print(warnings)
        out.write(
          format == .jsonl
            ? SegmentListWriter.jsonLines(document) : SegmentListWriter.text(document))
      } catch {
        let d = error
        out.flush()
        DiagnosticPrinter.print(d)
        log.append(d)
      }
    }
    out.flush()
    if log.hasErrors { throw ExitCode(1) }
  }

  /// `--jsonl`: the segmentation batch protocol, streamed on one thread.
  func runProtocol() throws {
    let rules = try options.loadRules()
    let normalization = options.normalization
    let makeSegmenter: @Sendable () throws -> DocumentSegmenter = {
      try DocumentSegmenter(rules: rules, options: normalization)
    }
    try JSONLStreamRunner(jobs: 1, makeState: makeSegmenter) { segmenter, record in
      SegmentationProtocol.respond(to: record, segmenter: segmenter)
    }.runOnStandardStreams()
  }
}
