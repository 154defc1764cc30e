import ArgumentParser
import Foundation
import PadanCore

struct QACommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "qa",
    abstract: "Check bilingual files (TMX, XLIFF 1.2/2.x, Padan JSONL) against the glossaries.",
    discussion: """
      Reports glossary terms of the Indonesian whose English is missing from the target or
      translated with an English form the glossary forbids, sources translated two ways,
      numbers that differ and untranslated units, as
      FILE:UNIT: kind: message [Glossaries/x.tsv:LINE]. Exits with 0 when there is nothing
      to report, 1 with findings, 2 when a file cannot be read or is not a bilingual file.
      """
  )

  enum Format: String, ExpressibleByArgument, CaseIterable {
    case text, json, html
  }

  @Argument(help: "Bilingual files to check.")
  var files: [String]

  @Option(name: .long, help: "Output format: text, json or html.")
  var format: Format = .text

  @Option(
    name: .long, help: "Folder of English rules (demonyms of places); default: GLOSSARIES/rules.")
  var rules: String?

  @Option(name: .long, help: "Worker threads (the default is the number of processors).")
  var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

  @OptionGroup var options: GlossaryOptions

  func run() throws {
    // The files are read on a thread of their own while the glossaries load, and checked
    // as they are read.
    let stream = SegmentStream(paths: files)
    let located = Result { try options.glossaries }
    let loaded = located.map { folder in
      Result { () throws(Diagnostic) in try Glossary.load(directory: folder, jobs: max(1, jobs)) }
    }
    /// Stops at the first file that cannot be read (exit status 2).
    func stopAtBadInput() throws {
      for case .failure(let problem) in stream.files() {
        DiagnosticPrinter.print(problem)
        throw ExitCode(2)
      }
    }
    let folder: String
    let glossary: Glossary
    do {
      folder = try located.get()
      switch try loaded.get() {
      case .success(let (g, problems)):
        let errors = problems.filter { $0.severity == .error }
        if !errors.isEmpty {
          try stopAtBadInput()
          DiagnosticPrinter.print(errors)
          throw ExitCode(1)
        }
        glossary = g
      case .failure(let problem):
        try stopAtBadInput()
        DiagnosticPrinter.print(problem)
        throw ExitCode(1)
      }
    } catch let exit as ExitCode {
      throw exit
    } catch {
      try stopAtBadInput()
      throw error
    }
    let rulesDirectory = rules ?? (folder as NSString).appendingPathComponent("rules")
    let morphology: EnglishMorphology
    do {
      morphology = try EnglishMorphology.load(rulesDirectory: rulesDirectory).0
    } catch {
      try stopAtBadInput()
      DiagnosticPrinter.print(error)
      throw ExitCode(2)
    }
    let findings = TermChecker(glossary: glossary, morphology: morphology).check(
      stream, jobs: max(1, jobs))
    try stopAtBadInput()
    let documents = stream.files().compactMap { try? $0.get() }
    let segments = documents.reduce(0) { $0 + $1.document.segments.count }
    var out = StandardOutput()
    switch format {
    case .text: out.write(QAReport.text(findings))
    case .json: out.write(QAReport.json(findings, files: documents.count, segments: segments))
    case .html: out.write(QAReport.html(findings, files: documents.count, segments: segments))
    }
    out.flush()
    if !findings.isEmpty { throw ExitCode(1) }
  }
}
