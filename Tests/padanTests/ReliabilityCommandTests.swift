import Foundation
import Testing

/// Runs `padan` with standard output sent to `stdoutPath` (opened for writing), or closed
/// when `nil`; returns the exit status and what it printed on standard error.
func runPadan(_ arguments: [String], stdoutPath: String?) throws -> (status: Int32, stderr: String)
{
  let process = Process()
  process.executableURL = padanExecutable
  process.arguments = arguments
  process.currentDirectoryURL = repositoryRoot
  let err = Pipe()
  process.standardError = err
  process.standardInput = FileHandle.nullDevice
  if let stdoutPath {
    process.standardOutput = FileHandle(forWritingAtPath: stdoutPath)
  } else {
    // A pipe whose reading end is closed: every write gets EPIPE.
    let pipe = Pipe()
    try pipe.fileHandleForReading.close()
    process.standardOutput = pipe
  }
  try process.run()
  let errData = err.fileHandleForReading.readDataToEndOfFile()
  process.waitUntilExit()
  return (process.terminationStatus, String(decoding: errData, as: UTF8.self))
}

@Suite struct OutputErrorTests {
  /// Commands that print to standard output; each must exit 1 with a message on a full disk
  /// or a closed pipe, not trap and not exit 0.
  static let commands: [[String]] = [
    ["segment", "Seeds"], ["glossary", "stats"], ["glossary", "export", "--format", "tbx"],
    ["glossary", "find", "Seeds"], ["lexicon", "stats"], ["translate-text", "Rusia dan NATO"],
    ["diff", "Output", "Output"],
  ]

  @Test(arguments: commands)
  func fullDiskIsAnErrorWithAMessage(arguments: [String]) throws {
    let result = try runPadan(arguments, stdoutPath: "/dev/full")
    #expect(result.status != 0)
    #expect(result.stderr.contains("standard output: cannot write: No space left on device"))
  }

  @Test(arguments: commands)
  func closedPipeIsAnErrorWithAMessage(arguments: [String]) throws {
    let result = try runPadan(arguments, stdoutPath: nil)
    #expect(result.status != 0)
    #expect(result.stderr.contains("standard output: cannot write: Broken pipe"))
  }
}
