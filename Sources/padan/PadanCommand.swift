import ArgumentParser
import Foundation
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
      RulesCommand.self, QACommand.self, TMCommand.self,
    ]
  )

  /// Runs the command with SIGPIPE ignored, so that a closed pipe is a write error that
  /// is reported (`cannot write: Broken pipe`) rather than a silent death by signal.
  /// A closed standard output or error is reopened read-only on /dev/null, so that no file
  /// the command opens takes its number and writes meant for it fail and are reported.
  static func main() {
    signal(SIGPIPE, SIG_IGN)
    for fd: Int32 in [1, 2] where fcntl(fd, F_GETFD) < 0 {
      let null = open("/dev/null", O_RDONLY)
      if null >= 0 && null != fd {
        dup2(null, fd)
        close(null)
      }
    }
    do {
      var command = try parseAsRoot()
      try command.run()
    } catch {
      exit(withError: error)
    }
  }
}
