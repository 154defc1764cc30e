import ArgumentParser
import Foundation
import PadanCore

/// Options shared by the commands that translate: where the glossaries and lexicon are.
struct TranslationOptions: ParsableArguments {
  @Option(
    name: .customLong("glossaries"),
    help: """
      Folder of glossaries (*.tsv) with the lexicon in its lexicon/ sub-folder. Default: \
      Glossaries/ of $PADAN_HOME, of the project in the current folder or a parent, or of the \
      installed data (docs/cli.md, "Where padan finds its data").
      """)
  var glossariesOption: String?

  /// The glossary folder: `--glossaries`, else found by `DataLocator`.
  var glossaries: String {
    get throws { try DataLocator.current.folder(glossariesOption, sub: "") }
  }

  /// Loads the glossaries and lexicon; errors in them stop the command (exit 1).
  func loadResources() throws -> TranslationResources {
    do {
      let (resources, problems) = try TranslationResources.load(directory: try glossaries)
      let errors = problems.filter { $0.severity == .error }
      if !errors.isEmpty {
        DiagnosticPrinter.print(errors)
        throw ExitCode(1)
      }
      return resources
    } catch let diagnostic as Diagnostic {
      DiagnosticPrinter.print(diagnostic)
      throw ExitCode(1)
    }
  }
}

/// Which translator to run: the engine, or one of the floors it is measured against.
enum TranslationEngineChoice: String, ExpressibleByArgument, CaseIterable {
  /// The translation engine: morphology, transfer rules, glossary precedence.
  case rules
  /// Plain word-by-word lexicon lookup, no glossary.
  case words
  /// Glossary matches, then word-by-word lexicon lookup.
  case wordsGlossary = "words+glossary"

  func makeTranslator(resources: TranslationResources) -> any SegmentTranslator {
    switch self {
    case .rules: RuleTranslator(resources: resources)
    case .words: WordByWordTranslator(resources: resources, useGlossary: false)
    case .wordsGlossary: WordByWordTranslator(resources: resources, useGlossary: true)
    }
  }
}

struct TranslateTextCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "translate-text",
    abstract: "Print the English for Indonesian text given as an argument or on standard input.",
    discussion: """
      With no TEXT, every line of standard input is translated as one segment and gives one \
      line of output, so a file of sentences can be scored against references.
      """
  )

  @Argument(help: "Indonesian text (one segment); omit it to read lines from standard input.")
  var text: String?

  @Option(
    help: "The translator: \(TranslationEngineChoice.allValueStrings.joined(separator: ", ")).")
  var engine: TranslationEngineChoice = .rules

  @Flag(help: "Treat the text as a headline.")
  var title = false

  @Flag(help: "Show each word's analysis, the entry or rule that produced its English.")
  var explain = false

  @OptionGroup var options: TranslationOptions

  func run() throws {
    let resources = try options.loadResources()
    var translator = engine.makeTranslator(resources: resources)
    let kind: Segment.Kind = title ? .title : .body
    var out = StandardOutput()
    if explain {
      let engine = RuleTranslator(resources: resources)
      if let text {
        out.write(engine.explain(text, kind: kind) + "\n")
      } else {
        while let line = readLine(strippingNewline: true) {
          out.write(engine.explain(line, kind: kind) + "\n\n")
        }
      }
      out.flush()
      return
    }
    if let text {
      out.write(translator.translate(text, kind: kind).target + "\n")
    } else {
      while let line = readLine(strippingNewline: true) {
        out.write(translator.translate(line, kind: kind).target + "\n")
      }
    }
    out.flush()
  }
}
