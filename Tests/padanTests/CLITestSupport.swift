import Foundation
import Testing

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

/// Runs the program at `path` with `arguments`; `environment` adds to the process's own.
func runTool(
  _ path: String, _ arguments: [String], environment: [String: String] = [:]
) throws -> CommandResult {
  let process = Process()
  process.executableURL = URL(fileURLWithPath: path)
  process.arguments = arguments
  if !environment.isEmpty {
    process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
  }
  let out = Pipe()
  let err = Pipe()
  process.standardOutput = out
  process.standardError = err
  try process.run()
  let outData = out.fileHandleForReading.readDataToEndOfFile()
  let errData = err.fileHandleForReading.readDataToEndOfFile()
  process.waitUntilExit()
  return CommandResult(
    status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
    stderr: String(decoding: errData, as: UTF8.self))
}

/// The xmllint the schema tests validate with (Debian's `libxml2-utils`).
func xmllintPath() throws -> String {
  try #require(
    ["/usr/bin/xmllint", "/usr/local/bin/xmllint"].first(where: {
      FileManager.default.isExecutableFile(atPath: $0)
    }), "xmllint is needed to validate Padan's XML outputs: apt-get install libxml2-utils")
}

/// The vendored XLIFF schemas and DTDs (`Tests/Data/schemas`, with their licence notes).
let vendoredSchemas = repositoryRoot.appendingPathComponent("Tests/Data/schemas")

/// Writes into `folder` a schema that imports the vendored XLIFF 2.1 core and glossary
/// module schemas, so xmllint validates a document that uses both, and returns its URL.
func xliff21DriverSchema(in folder: URL) throws -> URL {
  let xliff = vendoredSchemas.appendingPathComponent("xliff21")
  let driver = folder.appendingPathComponent("xliff21-gls.xsd")
  try Data(
    """
    <?xml version="1.0" encoding="UTF-8"?>
    <xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema">
      <xs:import namespace="urn:oasis:names:tc:xliff:document:2.0" schemaLocation="\(xliff.path)/xliff_core_2.0.xsd"/>
      <xs:import namespace="urn:oasis:names:tc:xliff:glossary:2.0" schemaLocation="\(xliff.path)/glossary.xsd"/>
    </xs:schema>
    """.utf8
  ).write(to: driver)
  return driver
}

/// The environment under which xmllint resolves the XLIFF 1.2 schema's imports offline.
let xliff12Catalog = [
  "XML_CATALOG_FILES": vendoredSchemas.appendingPathComponent("xliff12/catalog.xml").path
]
