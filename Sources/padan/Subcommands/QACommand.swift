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
    // The files are read on another thread while the glossaries load.
    let reading = BackgroundTask { [files] in
      files.map { path in Result { () throws(Diagnostic) in try BilingualFile.read(path: path) } }
    }
    let located = Result { try options.glossaries }
    let loaded = located.map { folder in
      Result { () throws(Diagnostic) in try Glossary.load(directory: folder, jobs: max(1, jobs)) }
    }
    var documents: [BilingualFile] = []
    for read in reading.value() {
      switch read {
      case .success(let document): documents.append(document)
      case .failure(let problem):
        DiagnosticPrinter.print(problem)
        throw ExitCode(2)
      }
    }
    let folder = try located.get()
    let glossary: Glossary
    switch try loaded.get() {
    case .success(let (g, problems)):
      let errors = problems.filter { $0.severity == .error }
      if !errors.isEmpty {
        DiagnosticPrinter.print(errors)
        throw ExitCode(1)
      }
      glossary = g
    case .failure(let problem):
      DiagnosticPrinter.print(problem)
      throw ExitCode(1)
    }
    let rulesDirectory = try rules ?? (folder as NSString).appendingPathComponent("rules")
    let morphology: EnglishMorphology
    do {
      morphology = try EnglishMorphology.load(rulesDirectory: rulesDirectory).0
    } catch {
      DiagnosticPrinter.print(error)
      throw ExitCode(2)
    }
    let findings = TermChecker(glossary: glossary, morphology: morphology).check(
      documents, jobs: max(1, jobs))
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

/// Work started on its own thread at once; `value()` waits for its result.
final class BackgroundTask<Value: Sendable>: @unchecked Sendable {
  private let condition = NSCondition()
  private var result: Value?

  init(_ work: @escaping @Sendable () -> Value) {
    let thread = Thread { [self] in
      let value = work()
      condition.lock()
      result = value
      condition.broadcast()
      condition.unlock()
    }
    thread.stackSize = 16 << 20
    thread.start()
  }

  func value() -> Value {
    condition.lock()
    defer { condition.unlock() }
    while result == nil { condition.wait() }
    return result!
  }
}
