import Foundation
import Testing

@testable import PadanCore

/// `xmllint`, when installed.
let xmllintPath: String? = [
  "/usr/bin/xmllint", "/usr/local/bin/xmllint", "/opt/homebrew/bin/xmllint",
]
.first { FileManager.default.isExecutableFile(atPath: $0) }

/// TBX and TBX-Min exports validate against Padan's own DTDs in `Tests/Data/schemas`.
@Suite(.enabled(if: xmllintPath != nil, "xmllint is not installed; TBX validation skipped"))
struct TBXValidationTests {
  /// The shipped glossaries in `Glossaries/`.
  static func shippedGlossary() throws -> Glossary {
    let (glossary, problems) = try Glossary.load(
      directory: repositoryRoot.appendingPathComponent("Glossaries").path)
    #expect(!problems.contains { $0.severity == .error })
    return glossary
  }

  /// Runs `xmllint --noout --dtdvalid DTD` on `bytes`; returns its status and messages.
  func validate(_ bytes: [UInt8], dtd: String) throws -> (Int32, String) {
    let file = FileManager.default.temporaryDirectory
      .appendingPathComponent("padan-tbx-\(UUID().uuidString).xml")
    try Data(bytes).write(to: file)
    defer { try? FileManager.default.removeItem(at: file) }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: xmllintPath!)
    process.arguments = [
      "--noout", "--dtdvalid",
      repositoryRoot.appendingPathComponent("Tests/Data/schemas/\(dtd)").path, file.path,
    ]
    let errors = Pipe()
    process.standardError = errors
    try process.run()
    let messages = errors.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (process.terminationStatus, String(decoding: messages, as: UTF8.self))
  }

  @Test(arguments: [
    (GlossaryExchangeFormat.tbx, "tbx-basic-subset.dtd"), (.tbxMin, "tbx-min-subset.dtd"),
  ])
  func exportsValidate(format: GlossaryExchangeFormat, dtd: String) throws {
    for glossary in [exchangeSample(), try Self.shippedGlossary(), Glossary(entries: [])] {
      let (status, messages) = try validate(format.write(glossary), dtd: dtd)
      #expect(status == 0, "\(messages)")
    }
  }

  @Test func theShippedGlossaryRoundTripsThroughTBX() throws {
    let glossary = try Self.shippedGlossary()
    #expect(glossary.entries.count > 5000)
    let (back, problems) = GlossaryExchangeFormat.tbx.read(
      GlossaryExchangeFormat.tbx.write(glossary), path: "shipped.tbx")
    #expect(problems.isEmpty)
    #expect(fields(back) == fields(glossary))
  }

  @Test func theDTDRejectsWhatPadanDoesNotWrite() throws {
    let bad = Array(
      """
      <?xml version="1.0" encoding="UTF-8"?>
      <martif type="TBX-Basic" xml:lang="en"><martifHeader><fileDesc><sourceDesc><p>x</p>\
      </sourceDesc></fileDesc></martifHeader><text><body><termEntry id="e0">\
      <descrip type="subjectField">org</descrip><langSet xml:lang="id"><tig><term>a</term></tig>\
      </langSet></termEntry></body></text></martif>
      """.utf8)
    let (status, _) = try validate(bad, dtd: "tbx-basic-subset.dtd")
    #expect(status != 0)
  }
}
