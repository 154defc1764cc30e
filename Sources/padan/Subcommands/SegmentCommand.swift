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

  @Option(
    name: .long,
    help: ArgumentHelp(
      "With --jsonl: the line number of the first input line in messages, when the input is one chunk of a larger file.",
      valueName: "n"))
  var firstLine = 1

  @Option(
    name: .customLong("export-srx"),
    help: ArgumentHelp(
      "Write the Indonesian sentence rules as SRX 2.0 to this file (- for standard output) and exit, so that a CAT tool segments like Padan.",
      valueName: "file"))
  var exportSRX: String?

  @OptionGroup var options: SegmentationOptions

  func validate() throws {
    if exportSRX != nil && (jsonl || !paths.isEmpty) {
      throw ValidationError("--export-srx writes the rules only; do not pass paths or --jsonl")
    }
    if firstLine < 1 { throw ValidationError("--first-line must be at least 1") }
    if firstLine != 1 && !jsonl { throw ValidationError("--first-line needs --jsonl") }
    if jsonl && !paths.isEmpty {
      throw ValidationError("--jsonl reads standard input; do not pass paths")
    }
  }

  func run() throws {
    if let exportSRX {
      let srx = SRXWriter.text(try options.loadRules())
      if exportSRX == "-" {
        var out = StandardOutput()
        out.write(srx)
        out.flush()
      } else {
        do {
          try AtomicFileWriter.write(Array(srx.utf8), to: exportSRX)
        } catch {
          DiagnosticPrinter.print(error)
          throw ExitCode(1)
        }
      }
      return
    }
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
    }.runOnStandardStreams(firstLine: firstLine)
  }
}
