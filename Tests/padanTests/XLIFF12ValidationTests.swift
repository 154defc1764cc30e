import Foundation
import Testing

/// The committed XLIFF 1.2 outputs validate against the official strict schema (vendored in
/// `Tests/Data/schemas/xliff12` with the W3C `xml.xsd` it imports, resolved offline).
@Suite struct XLIFF12ValidationTests {
  @Test func committedXLIFF12FilesValidateAgainstTheStrictSchema() throws {
    let xmllint = try #require(
      ["/usr/bin/xmllint", "/usr/local/bin/xmllint"].first(where: {
        FileManager.default.isExecutableFile(atPath: $0)
      }),
      "xmllint is needed to validate Output/*.xliff: apt-get install libxml2-utils")
    let schemas = repositoryRoot.appendingPathComponent("Tests/Data/schemas/xliff12")
    let output = repositoryRoot.appendingPathComponent("Output")
    let files = try FileManager.default.contentsOfDirectory(atPath: output.path)
      .filter { $0.hasSuffix(".xliff") }.sorted()
    #expect(files.count == 2)
    for name in files {
      let process = Process()
      process.executableURL = URL(fileURLWithPath: xmllint)
      process.arguments = [
        "--noout", "--nonet", "--schema",
        schemas.appendingPathComponent("xliff-core-1.2-strict.xsd").path,
        output.appendingPathComponent(name).path,
      ]
      var environment = ProcessInfo.processInfo.environment
      environment["XML_CATALOG_FILES"] = schemas.appendingPathComponent("catalog.xml").path
      process.environment = environment
      let errors = Pipe()
      process.standardError = errors
      try process.run()
      let messages = String(
        decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
      process.waitUntilExit()
      #expect(process.terminationStatus == 0, "\(name): \(messages)")
      #expect(messages.contains("validates"), "\(name): \(messages)")
    }
  }
}
