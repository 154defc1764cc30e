import Foundation

/// The repository root, found from this file's path.
let repositoryRoot = URL(fileURLWithPath: #filePath)
  .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

/// The `padan` executable built next to the test bundle.
let padanExecutable: URL = {
  let candidates = [
    URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
      .appendingPathComponent("padan"),
    Bundle.main.bundleURL.appendingPathComponent("padan"),
    Bundle.main.bundleURL.deletingLastPathComponent().appendingPathComponent("padan"),
  ]
  return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) } ?? candidates[0]
}()

struct CommandResult {
  var status: Int32
  var stdout: String
  var stderr: String
}

/// Runs `padan` with `arguments` in the repository root, feeding `stdin`.
func runPadan(_ arguments: [String], stdin: String? = nil, in directory: URL = repositoryRoot)
  throws -> CommandResult
{
  let process = Process()
  process.executableURL = padanExecutable
  process.arguments = arguments
  process.currentDirectoryURL = directory
  let out = Pipe()
  let err = Pipe()
  let input = Pipe()
  process.standardOutput = out
  process.standardError = err
  process.standardInput = input
  try process.run()
  if let stdin { input.fileHandleForWriting.write(Data(stdin.utf8)) }
  try input.fileHandleForWriting.close()
  let outData = out.fileHandleForReading.readDataToEndOfFile()
  let errData = err.fileHandleForReading.readDataToEndOfFile()
  process.waitUntilExit()
  return CommandResult(
    status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
    stderr: String(decoding: errData, as: UTF8.self))
}

/// A fresh temporary folder with the given files (name to bytes).
func temporaryFolder(_ files: [String: [UInt8]]) throws -> URL {
  let url = FileManager.default.temporaryDirectory.appendingPathComponent(
    "padan-test-\(UUID().uuidString)")
  try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
  for (name, bytes) in files {
    try Data(bytes).write(to: url.appendingPathComponent(name))
  }
  return url
}

/// The text of the file `name` in `folder`, or `nil` when it cannot be read.
func contents(_ folder: URL, _ name: String) -> String? {
  FileManager.default.contents(atPath: folder.appendingPathComponent(name).path)
    .map { String(decoding: $0, as: UTF8.self) }
}

/// When the file `name` in `folder` was last written.
func modificationDate(_ folder: URL, _ name: String) throws -> Date? {
  try FileManager.default.attributesOfItem(
    atPath: folder.appendingPathComponent(name).path)[.modificationDate] as? Date
}
