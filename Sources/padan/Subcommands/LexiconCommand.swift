import ArgumentParser
import Foundation
import PadanCore

struct LexiconCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "lexicon",
    abstract: "Check, inspect, format and extend the general lexicon in Glossaries/lexicon/*.tsv.",
    subcommands: [
      LexiconLintCommand.self, LexiconStatsCommand.self, LexiconFormatCommand.self,
      LexiconImportCommand.self,
    ]
  )
}

struct LexiconOptions: ParsableArguments {
  @Option(
    name: .customLong("lexicon"),
    help: """
      Folder of lexicon files (*.tsv, loaded in byte order of their names). Default: \
      lexicon/ in the glossary folder (docs/cli.md, "Where padan finds its data").
      """)
  var lexiconOption: String?

  /// The lexicon folder: `--lexicon`, else found by `DataLocator`.
  var lexicon: String {
    get throws { try DataLocator.current.folder(lexiconOption, sub: "lexicon") }
  }

  func load() throws -> (Lexicon, [Diagnostic]) {
    Lexicon.parse(files: try readFiles())
  }

  /// The bytes of every lexicon file in the folder, in load order.
  func readFiles() throws -> [(path: String, bytes: [UInt8])] {
    let folder = try lexicon
    do {
      return try TSVTable.readFolder(folder, kind: "lexicon")
    } catch {
      DiagnosticPrinter.print(error)
      throw ExitCode(1)
    }
  }
}

struct LexiconLintCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "lint",
    abstract: "Report every problem in the lexicon as FILE:LINE:COLUMN: error|warning: ...",
    discussion: """
      Checks field counts, empty lemmas and equivalents, parts of speech, cue syntax (places \
      prev=, next=, head= and word classes such as #num), text that is not NFC, stray spaces, \
      and a lemma given twice for one part of speech (an error when the equivalents differ). \
      --cues lists every cue. Exits with 1 on errors (or warnings, with --strict).
      """
  )

  @OptionGroup var options: LexiconOptions

  @Flag(name: .long, help: "Treat warnings as errors.")
  var strict = false

  @Flag(name: .long, help: "List every context cue on standard output (FILE:LINE: lemma pos cue).")
  var cues = false

  func run() throws {
    let (lexicon, problems) = try options.load()
    DiagnosticPrinter.print(problems)
    if cues {
      var out = ""
      for entry in lexicon.entries {
        for cue in entry.cues {
          out +=
            "\(entry.origin.fileAndLine): \(entry.lemma) \(entry.partOfSpeech.rawValue) \(cue.description)\n"
        }
      }
      var stdout = StandardOutput()
      stdout.write(out)
      stdout.flush()
    }
    let allCues = lexicon.entries.flatMap(\.cues)
    let placed = allCues.filter { $0.place != .sentence }.count
    let errors = problems.filter { $0.severity == .error }.count
    let lemmas = Set(lexicon.entries.map(\.lemma)).count
    stderr(
      "\(counted(lexicon.entries.count, "entry", "entries")) (\(counted(lemmas, "lemma"))), "
        + "\(counted(allCues.count, "cue")) (\(placed) on neighbouring or governing words): "
        + "\(counted(errors, "error")), \(counted(problems.count - errors, "warning"))\n")
    if errors > 0 || (strict && problems.count > errors) { throw ExitCode(1) }
  }
}

struct LexiconStatsCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "stats", abstract: "Count lemmas by file and by part of speech.")

  @OptionGroup var options: LexiconOptions

  func run() throws {
    let (lexicon, _) = try options.load()
    var byFile: [String: Int] = [:]
    var order: [String] = []
    var byPOS: [LexiconEntry.PartOfSpeech: Int] = [:]
    for entry in lexicon.entries {
      if byFile[entry.origin.path] == nil { order.append(entry.origin.path) }
      byFile[entry.origin.path, default: 0] += 1
      byPOS[entry.partOfSpeech, default: 0] += 1
    }
    print("entries: \(lexicon.entries.count), lemmas: \(Set(lexicon.entries.map(\.lemma)).count)")
    print("by file:")
    for file in order { print("  \(String(byFile[file]!).leftPadded(6))  \(file)") }
    print("by part of speech:")
    for pos in LexiconEntry.PartOfSpeech.allCases where byPOS[pos] != nil {
      print("  \(String(byPOS[pos]!).leftPadded(6))  \(pos.rawValue)")
    }
  }
}
