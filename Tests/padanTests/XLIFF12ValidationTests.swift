import Foundation
import Testing

/// The committed XLIFF 1.2 outputs validate against the official strict schema (vendored in
/// `Tests/Data/schemas/xliff12` with the W3C `xml.xsd` it imports, resolved offline).
@Suite struct XLIFF12ValidationTests {
  @Test func committedXLIFF12FilesValidateAgainstTheStrictSchema() throws {
    let xmllint = try xmllintPath()
    let schemas = vendoredSchemas.appendingPathComponent("xliff12")
    let output = repositoryRoot.appendingPathComponent("Output")
    let files = try FileManager.default.contentsOfDirectory(atPath: output.path)
      .filter { $0.hasSuffix(".xliff") }.sorted()
    #expect(files.count == 2)
    for name in files {
      let run = try runTool(
        xmllint,
        [
          "--noout", "--nonet", "--schema",
          schemas.appendingPathComponent("xliff-core-1.2-strict.xsd").path,
          output.appendingPathComponent(name).path,
        ], environment: xliff12Catalog)
      #expect(run.status == 0, "\(name): \(run.stderr)")
      #expect(run.stderr.contains("validates"), "\(name): \(run.stderr)")
    }
  }
}
