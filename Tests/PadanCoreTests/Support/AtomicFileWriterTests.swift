import Foundation
import Testing

@testable import PadanCore

@Suite struct AtomicFileWriterTests {
  @Test func replacesTheFileAndLeavesNoTemporaryFile() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "padan-atomic-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let path = folder.appendingPathComponent("g.tsv").path
    try AtomicFileWriter.write(Array("old\n".utf8), to: path)
    try FileManager.default.setAttributes([.posixPermissions: 0o640], ofItemAtPath: path)
    try AtomicFileWriter.write(Array("new\n".utf8), to: path)
    #expect(FileManager.default.contents(atPath: path) == Data("new\n".utf8))
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["g.tsv"])
    let permissions = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions]
    #expect((permissions as? NSNumber)?.intValue == 0o640)
  }

  @Test func aMissingFolderIsAnErrorNamingThePath() {
    #expect(throws: Diagnostic.self) {
      try AtomicFileWriter.write([], to: "/nonexistent-padan-folder/g.tsv")
    }
  }
}
