import ArgumentParser
import PadanCore

@main
struct PadanCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "padan",
    abstract: "Indonesian news into bilingual Indonesian-English documents.",
    version: PadanVersion.string,
    subcommands: [
      SegmentCommand.self, NormalizeCommand.self, GlossaryCommand.self, LexiconCommand.self,
      TranslateCommand.self, TranslateTextCommand.self, DiffCommand.self, BenchCommand.self,
      RulesCommand.self,
    ]
  )
}
