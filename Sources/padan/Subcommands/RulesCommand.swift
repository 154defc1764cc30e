import ArgumentParser
import Foundation
import PadanCore

struct RulesCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "rules",
    abstract:
      "Check and test the transfer rules (Glossaries/rules/transfer/*.rules) and word lists (Glossaries/rules/words/*.tsv).",
    subcommands: [RulesLintCommand.self, RulesTestCommand.self]
  )
}

struct RulesLintCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "lint",
    abstract: "Report every problem in the word lists and transfer rules as FILE:LINE:COLUMN.",
    discussion: """
      Checks the columns and words of every word list, and the syntax of every rule: ids
      given once, patterns of known features and word lists, outputs that refer to elements
      of the pattern, roles, and examples. A rule without an example is a warning. Exits
      with 1 on errors (or warnings, with --strict).
      """
  )

  @OptionGroup var options: TranslationOptions

  @Flag(name: .long, help: "Treat warnings as errors.")
  var strict = false

  func run() throws {
    let rules = (try options.glossaries as NSString).appendingPathComponent("rules")
    do {
      let (transfer, problems) = try TransferRules.lint(rulesDirectory: rules)
      DiagnosticPrinter.print(problems)
      let errors = problems.filter { $0.severity == .error }.count
      let warnings = problems.count - errors
      FileHandle.standardError.write(
        Data(
          "\(counted(transfer.rules.count, "rule")), \(counted(transfer.groups.count + transfer.parts.count, "verb-group rule")), \(counted(transfer.examples.count, "example")): \(counted(errors, "error")), \(counted(warnings, "warning"))\n"
            .utf8))
      if errors > 0 || (strict && warnings > 0) { throw ExitCode(1) }
    } catch let diagnostic as Diagnostic {
      DiagnosticPrinter.print(diagnostic)
      throw ExitCode(1)
    }
  }
}

struct RulesTestCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "test",
    abstract: "Translate every example of the transfer rules and report those that differ.",
    discussion: """
      With FILE arguments, only the examples of the rules in those files run. A failure
      prints the example's FILE:LINE:COLUMN, the rule id and a word diff of the expected
      English against the translation ([-expected-] {+actual+}). Exits with 1 on a failure.
      """
  )

  @Argument(help: "Rules files whose examples to run (default: every file).")
  var files: [String] = []

  @OptionGroup var options: TranslationOptions

  func run() throws {
    let resources = try options.loadResources()
    let translator = RuleTranslator(resources: resources)
    let (failures, count) = resources.transferRules.checkExamples(
      with: translator, paths: files.isEmpty ? nil : files)
    var out = StandardOutput()
    for failure in failures { out.write(failure.description + "\n") }
    out.flush()
    FileHandle.standardError.write(
      Data("\(count) examples: \(count - failures.count) pass, \(failures.count) fail\n".utf8))
    if !files.isEmpty && count == 0 {
      let names = files.joined(separator: ", ")
      FileHandle.standardError.write(Data("error: no rule examples in \(names)\n".utf8))
      throw ExitCode(64)
    }
    if !failures.isEmpty { throw ExitCode(1) }
  }
}
