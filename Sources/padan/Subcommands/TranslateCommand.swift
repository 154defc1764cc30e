import ArgumentParser
import Foundation
import PadanCore

extension TranslationEngineChoice {
  /// The best engine available: the default of `padan translate`.
  static let best: TranslationEngineChoice = .rules
}

/// `--format jsonl,tmx,…`: a comma-separated list of output formats.
struct FormatList: ExpressibleByArgument {
  var formats: [BilingualFormat]

  init?(argument: String) {
    var formats: [BilingualFormat] = []
    for name in argument.split(separator: ",") {
      let trimmed = name.trimmingCharacters(in: .whitespaces)
      if trimmed == "all" {
        formats = BilingualFormat.allCases
        continue
      }
      guard let format = BilingualFormat(name: trimmed) else { return nil }
      if !formats.contains(format) { formats.append(format) }
    }
    guard !formats.isEmpty else { return nil }
    self.formats = BilingualFormat.allCases.filter(formats.contains)
  }

  static let all = FormatList(argument: "all")!
  /// All formats but `csv`.
  static let defaults = FormatList(
    argument: BilingualFormat.defaults.map(\.rawValue).joined(separator: ","))!

  var defaultValueDescription: String {
    formats == BilingualFormat.allCases ? "all" : formats.map(\.rawValue).joined(separator: ",")
  }
}

struct TranslateCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "translate",
    abstract: "Translate articles into bilingual Indonesian-English documents.",
    discussion: """
      Segments whose normalised Indonesian matches a reviewed segment of the reviewed folder (--reviewed, default Reviewed/; see 'padan tm') take its English, marked with its origin in every format and flagged stale when a glossary entry of the segment changed since the review and the English lacks its new English.

      Each input X.txt gives OUT/X.jsonl (canonical, lossless), X.tmx (TMX 1.4b), X.xlf (XLIFF 2.1), X.xliff (XLIFF 1.2), X.md (side by side) and X.id.txt/X.en.txt (line-aligned), plus OUT/manifest.json and OUT/project.tmx (every document's segments in one translation memory). Inputs unchanged since the last run are skipped unless --force. Without paths: Seeds/ into Output/.

      With --jsonl, reads {"id","text"} lines on stdin and writes one {"id","segments":[...],"target":"..."} line per input on stdout, in input order.

      With --check, translates into a temporary folder and compares it with OUT as 'padan diff OUT NEW' does, writing nothing (exit status 0 no differences, 1 differences, 2 trouble).
      """
  )

  @Argument(help: "Files or folders (.txt files, walked in sorted order). Default: Seeds.")
  var paths: [String] = []

  @Option(name: .long, help: "Output folder.")
  var out: String = "Output"

  @Option(
    name: .long,
    help: "Comma-separated formats: jsonl, tmx, xliff (2.1), xliff12 (1.2), md, txt, csv (or all).")
  var format: FormatList = .defaults

  @Option(
    name: .long,
    help: "Worker threads (the default is the number of processors; at most 4 per processor).")
  var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

  /// More workers than this only cost memory (each holds its own translator): `--jobs` is
  /// capped here. Outputs do not depend on the number of workers.
  static let maximumJobs = 4 * max(1, ProcessInfo.processInfo.activeProcessorCount)

  /// `--jobs`, capped.
  var workers: Int { min(jobs, Self.maximumJobs) }

  @Option(
    help: "The translator: \(TranslationEngineChoice.allValueStrings.joined(separator: ", ")).")
  var engine: TranslationEngineChoice = .best

  @Flag(name: .long, help: "Translate every input, even those unchanged since the last run.")
  var force = false

  @Flag(name: .long, help: "Streaming mode: {\"id\",\"text\"} JSON lines on stdin and stdout.")
  var jsonl = false

  @Option(
    name: .long,
    help: ArgumentHelp(
      "With --jsonl: the line number of the first input line in messages, when the input is one chunk of a larger file.",
      valueName: "n"))
  var firstLine = 1

  @Flag(
    name: .long,
    help: "Translate into a temporary folder and show what would change in OUT; write nothing.")
  var check = false

  @Flag(name: .shortAndLong, help: "Print only errors and warnings.")
  var quiet = false

  @Flag(name: .shortAndLong, help: "Report every document on standard error.")
  var verbose = false

  @OptionGroup var segmentation: SegmentationOptions
  @OptionGroup var translation: TranslationOptions
  @OptionGroup var reviewed: ReviewedOptions
  @OptionGroup(title: "With --check") var display: DiffDisplayOptions

  func validate() throws {
    try reviewed.validateExisting()
    if check && jsonl { throw ValidationError("--check and --jsonl exclude each other") }
    if jsonl && !paths.isEmpty {
      throw ValidationError("--jsonl reads standard input; do not pass paths")
    }
    if quiet && verbose { throw ValidationError("--quiet and --verbose exclude each other") }
    if jobs < 1 { throw ValidationError("--jobs must be at least 1") }
    if firstLine < 1 { throw ValidationError("--first-line must be at least 1") }
    if firstLine != 1 && !jsonl { throw ValidationError("--first-line needs --jsonl") }
  }

  func run() throws {
    let rules = try segmentation.loadRules(glossaries: translation.glossariesOption)
    let resources = try translation.loadResources()
    let engine = self.engine
    let normalization = segmentation.normalization
    let memory: ReviewMemory?
    do throws(Diagnostic) {
      memory = try ReviewStore(directory: reviewed.directory, normalization: normalization)
        .memory(morphology: resources.english)
    } catch {
      DiagnosticPrinter.print(error)
      throw ExitCode(jsonl || check ? 2 : 1)
    }
    let makeAligner: @Sendable () throws -> BilingualAligner = {
      BilingualAligner(
        segmenter: try DocumentSegmenter(rules: rules, options: normalization),
        translator: engine.makeTranslator(resources: resources), engine: engine.rawValue,
        glossaryFingerprint: resources.glossaryFingerprint,
        lexiconFingerprint: resources.lexiconFingerprint, memory: memory)
    }
    if jsonl {
      let runner = JSONLStreamRunner(
        jobs: min(workers, JSONLStreamRunner<BilingualAligner>.batchRecords),
        makeState: makeAligner
      ) { aligner, record in
        TranslationStreamProtocol.respond(to: record, aligner: aligner)
      }
      runner.streamLargeRecords = { aligner, record, write in
        let error = TranslationStreamProtocol.respond(to: record, aligner: aligner, write: write)
        if let error { stderr(error + "\n") }
        return error
      }
      try runner.runOnStandardStreams(firstLine: firstLine)
    } else if check {
      try runCheck(makeAligner: makeAligner, resources: resources, memory: memory)
    } else {
      try runBatch(makeAligner: makeAligner, resources: resources, memory: memory)
    }
  }

  func runBatch(
    makeAligner: @escaping @Sendable () throws -> BilingualAligner,
    resources: TranslationResources, memory: ReviewMemory?
  ) throws {
    let inputs = paths.isEmpty ? ["Seeds"] : paths
    let overlapping = BatchTranslator.inputsInsideOutput(inputs, outputDirectory: out)
    guard overlapping.isEmpty else {
      DiagnosticPrinter.print(overlapping)
      throw ExitCode(1)
    }
    let rulesFingerprint: String
    let lock: OutputFolderLock
    do {
      try BatchTranslator.prepareOutputDirectory(out)
      // One run at a time per output folder; then what a killed run left can go.
      lock = try OutputFolderLock(directory: out)
      AtomicFileWriter.removeStaleTemporaries(in: out)
      rulesFingerprint = try TranslationResources.folderFingerprint(
        try segmentation.rulesDirectory(glossaries: translation.glossariesOption))
    } catch let d as Diagnostic {
      DiagnosticPrinter.print(d)
      throw ExitCode(1)
    }
    defer { lock.release() }
    let (jobList, problems, rejected) = BatchTranslator.jobs(
      for: inputs, outputDirectory: out)
    DiagnosticPrinter.print(problems)
    DiagnosticPrinter.print(rejected.map(\.1))
    let normalizationName =
      (segmentation.nfkc ? "nfkc" : "nfc") + (segmentation.lossy ? "+lossy" : "")
    var settings = BatchTranslator.Settings(
      outputDirectory: out, formats: format.formats, outputs: .bilingualFiles, force: force,
      manifest: TranslationManifest(
        engine: engine.rawValue, glossaryFingerprint: resources.glossaryFingerprint,
        lexiconFingerprint: resources.lexiconFingerprint, rulesFingerprint: rulesFingerprint,
        normalization: normalizationName, formats: format.formats),
      previous: BatchTranslator.previousManifest(in: out))
    settings.manifest.reviewedFingerprint = memory?.fingerprint

    let progress = ProgressReporter(total: jobList.count, enabled: !quiet)
    var onOutcome: (@Sendable (BatchTranslator.Outcome, Int) -> Void)?
    if progress.isShown {
      onOutcome = { (_: BatchTranslator.Outcome, size: Int) in progress.advance(bytes: size) }
    }
    let report: BatchTranslator.Report
    do throws(Diagnostic) {
      report = try BatchTranslator.run(
        jobList, settings: settings, workers: workers, rejected: rejected,
        makeAligner: makeAligner, onOutcome: onOutcome)
    } catch {
      progress.finish()
      DiagnosticPrinter.print(error)
      throw ExitCode(1)
    }
    progress.finish()

    var failed = problems.contains { $0.severity == .error } || !rejected.isEmpty ? 1 : 0
    for (job, outcome) in zip(jobList, report.outcomes) {
      switch outcome {
      case .translated(let entry, let warnings):
        DiagnosticPrinter.print(warnings)
        if verbose { self.report("translated", job, entry.counts) }
      case .skipped(let entry):
        if verbose { self.report("unchanged", job, entry.counts) }
      case .failed(_, let diagnostic):
        failed += 1
        DiagnosticPrinter.print(diagnostic)
      }
    }
    if let problem = report.manifestProblem {
      DiagnosticPrinter.print(problem)
      throw ExitCode(1)
    }
    if let problem = report.projectProblem {
      DiagnosticPrinter.print(problem)
      failed += 1
    }
    let outcomes = report.outcomes
    let translated = report.translated
    let skipped = report.skipped
    if verbose || (!quiet && ProgressReporter.stderrIsTerminal) {
      let failures = outcomes.count - translated - skipped
      note(
        "\(counted(outcomes.count, "document")): \(translated) translated, \(skipped) unchanged, "
          + "\(failures) failed; output in \(out)/")
    }
    if failed > 0 { throw ExitCode(1) }
  }

  /// `--check`: translates into a temporary folder (JSONL only, every input) and diffs
  /// `out` against it. Exit status as `padan diff`.
  func runCheck(
    makeAligner: @escaping @Sendable () throws -> BilingualAligner,
    resources: TranslationResources, memory: ReviewMemory?
  ) throws {
    // A fresh private folder (mode 0700, unpredictable name): nothing planted in the
    // temporary folder can be written through or read as part of the comparison.
    var template = Array((NSTemporaryDirectory() + "padan-check-XXXXXX").utf8CString)
    guard let made = mkdtemp(&template) else {
      DiagnosticPrinter.print(
        Diagnostic(
          .error, at: nil,
          "cannot create a temporary folder (\(String(cString: strerror(errno))))"))
      throw ExitCode(2)
    }
    let temporary = String(cString: made)
    defer { try? FileManager.default.removeItem(atPath: temporary) }
    var fresh = self
    fresh.out = temporary
    fresh.format = FormatList(argument: "jsonl")!
    fresh.force = true
    fresh.quiet = true
    fresh.verbose = false
    do {
      try fresh.runBatch(makeAligner: makeAligner, resources: resources, memory: memory)
    } catch {
      throw ExitCode(2)
    }
    let sides: (old: DiffSide, new: DiffSide)
    do throws(Diagnostic) {
      sides = (
        try DiffSide(path: out),
        try DiffSide(path: temporary, displayPath: "translate --check")
      )
    } catch {
      DiagnosticPrinter.print(error)
      throw ExitCode(2)
    }
    let status = DiffRunner.run(
      old: sides.old, new: sides.new, display: display, format: .text, output: nil)
    if status != 0 { throw ExitCode(status) }
  }

  func report(_ what: String, _ job: BatchTranslator.Job, _ c: BilingualDocument.Counts) {
    note(
      "\(what) \(job.path) -> \((out as NSString).appendingPathComponent(job.output)).* "
        + "(\(counted(c.segments, "segment")), \(c.translated) translated, "
        + "\(counted(c.glossaryMatches, "glossary term")), "
        + "\(counted(c.unknownWords, "unknown word")))")
  }

  func note(_ text: String) {
    stderr((text + "\n"))
  }
}
