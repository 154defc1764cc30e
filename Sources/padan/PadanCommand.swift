import ArgumentParser

@main
struct PadanCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "padan",
    abstract: "Indonesian news into bilingual Indonesian-English documents.",
    version: "0.1.0",
    subcommands: [
      SegmentCommand.self, NormalizeCommand.self, GlossaryCommand.self, LexiconCommand.self,
      BenchCommand.self,
    ]
  )
}
