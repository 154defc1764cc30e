import ArgumentParser
import Foundation
import PadanCore

/// `--check` and the run shared by `padan glossary fmt` and `padan lexicon fmt`.
struct FormatOptions: ParsableArguments {
  @Flag(name: .long, help: "Write nothing; list the files that would change (exit 1 if any).")
  var check = false

  /// A formatter's function from a file's bytes and path to its canonical bytes, or `nil`
  /// with the file's errors.
  typealias FileFormat = ([UInt8], String) -> (bytes: [UInt8]?, errors: [Diagnostic])

  /// Formats every file and writes, atomically, only those that change (with `--check`,
  /// prints their paths instead). Every problem is reported before failing once.
  ///
  /// - Parameters:
  ///   - files: the folder's files, as (path, bytes).
  ///   - problems: the lint problems of the whole folder, so that errors between files
  ///     count too; a file with errors is reported as FILE:LINE:COLUMN and left alone.
  ///   - open: opens the formatter (it throws `Diagnostic` when ICU fails).
  /// - Throws: `ExitCode(1)` when the formatter cannot be opened, a file has errors or
  ///   cannot be written, or, with `--check`, when a file would change.
  func format(
    _ files: [(path: String, bytes: [UInt8])], problems: [Diagnostic],
    using open: () throws(Diagnostic) -> FileFormat
  ) throws {
    let format: FileFormat
    do {
      format = try open()
    } catch {
      DiagnosticPrinter.print(error)
      throw ExitCode(1)
    }
    let errors = Dictionary(
      grouping: problems.filter { $0.severity == .error }, by: { $0.location?.path ?? "" })
    var failed = false
    var changed = 0
    for file in files {
      if let fileErrors = errors[file.path] {
        DiagnosticPrinter.print(fileErrors)
        stderr("\(file.path): not formatted: \(fileErrors.count) lint errors\n")
        failed = true
        continue
      }
      let (formatted, formatErrors) = format(file.bytes, file.path)
      guard let formatted else {
        DiagnosticPrinter.print(formatErrors)
        failed = true
        continue
      }
      guard formatted != file.bytes else { continue }
      changed += 1
      if check {
        print(file.path)
        continue
      }
      do {
        try AtomicFileWriter.write(formatted, to: file.path, followingLinks: true)
        stderr("formatted \(file.path)\n")
      } catch {
        DiagnosticPrinter.print(error)
        failed = true
      }
    }
    let verb = check ? "would be reformatted" : "reformatted"
    stderr("\(counted(files.count, "file")): \(changed) \(verb)\n")
    if failed || (check && changed > 0) { throw ExitCode(1) }
  }
}
