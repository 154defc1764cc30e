import Foundation
import Testing

/// End-to-end: the built `padan` on files, folders and standard input.
@Suite struct SegmentCommandTests {
  @Test func oneBadFileAmongGoodOnesIsReportedAndTheRestComplete() throws {
    let folder = try temporaryFolder([
      "a.txt": Array("Judul Pertama\nIsi pertama.".utf8),
      "b.txt": Array("Judul Rusak\nbaris ".utf8) + [0xFF] + Array(" dua.".utf8),
      "c.txt": Array("Judul Ketiga\nIsi ketiga.".utf8),
    ])
    defer { try? FileManager.default.removeItem(at: folder) }
    let result = try runPadan(["segment", folder.path])
    #expect(result.status == 1)
    #expect(result.stderr == "\(folder.path)/b.txt:2:7: error: invalid UTF-8 byte 0xFF\n")
    #expect(result.stdout.contains("# \(folder.path)/a.txt: 2 segments"))
    #expect(result.stdout.contains("# \(folder.path)/c.txt: 2 segments"))
    #expect(!result.stdout.contains("b.txt"))
  }

  @Test func lossyReplacesAndWarns() throws {
    let folder = try temporaryFolder(["b.txt": Array("Isi ".utf8) + [0xC3] + Array(" rusak.".utf8)])
    defer { try? FileManager.default.removeItem(at: folder) }
    let result = try runPadan(["segment", "--lossy", folder.appendingPathComponent("b.txt").path])
    #expect(result.status == 0)
    #expect(
      result.stderr.hasSuffix("b.txt:1:5: warning: invalid UTF-8 byte 0xC3 replaced with U+FFFD\n"))
    #expect(result.stdout.contains("Isi \u{FFFD} rusak."))
  }

  @Test func aMissingPathIsAnErrorButOtherPathsComplete() throws {
    let result = try runPadan(["segment", "no-such-file.txt", "Seeds/000_d9d9eef47c1bbfe9.txt"])
    #expect(result.status == 1)
    #expect(result.stderr == "error: no-such-file.txt: no such file or directory\n")
    #expect(result.stdout.contains("# Seeds/000_d9d9eef47c1bbfe9.txt: 27 segments"))
  }

  @Test func anEmptyFileIsAnEmptyDocument() throws {
    let folder = try temporaryFolder(["empty.txt": []])
    defer { try? FileManager.default.removeItem(at: folder) }
    let result = try runPadan(["segment", folder.appendingPathComponent("empty.txt").path])
    #expect(result.status == 0)
    #expect(result.stdout.hasSuffix("empty.txt: 0 segments\n"))
    #expect(result.stderr.isEmpty)
  }

  @Test func crOnlyLineEndsSeparateLines() throws {
    let folder = try temporaryFolder([
      "cr.txt": Array("Judul Berita Lama\rIsi pertama. Isi kedua.\r".utf8)
    ])
    defer { try? FileManager.default.removeItem(at: folder) }
    let result = try runPadan([
      "segment", "--format", "jsonl", folder.appendingPathComponent("cr.txt").path,
    ])
    #expect(result.status == 0)
    let lines = result.stdout.split(separator: "\n")
    #expect(lines.count == 3)
    #expect(lines[0].contains("\"kind\":\"title\",\"line\":1"))
    #expect(lines[1].contains("\"kind\":\"body\",\"line\":2"))
    #expect(lines[1].contains("\"source_range\":[18,30]"))
  }

  @Test func usageErrorsExit64() throws {
    #expect(try runPadan(["segment", "--format", "xml", "Seeds"]).status == 64)
    #expect(try runPadan(["segment", "--jsonl", "Seeds"]).status == 64)
  }

  @Test func batchProtocolWritesOneLinePerInputAndNothingElse() throws {
    let input = """
      {"id": "a", "text": "Judul\\nSatu kalimat. Dua kalimat."}
      {"id": "b", "txt": "salah"}
      {"id": "c", "text": "Dr. Sutopo hadir."}

      """
    let result = try runPadan(["segment", "--jsonl"], stdin: input)
    #expect(result.status == 1)
    let lines = result.stdout.split(separator: "\n").map(String.init)
    #expect(lines.count == 3)
    let objects = try lines.map {
      try #require(JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])
    }
    #expect(objects[0]["sentences"] as? [String] == ["Judul", "Satu kalimat.", "Dua kalimat."])
    #expect(objects[1]["id"] as? String == "b")
    #expect((objects[1]["error"] as? String)?.contains("<stdin>:2:1: error:") == true)
    #expect(objects[2]["sentences"] as? [String] == ["Dr. Sutopo hadir."])
    #expect(result.stderr.contains("<stdin>:2:1: error:"))
  }

  @Test func seedsShowBoilerplateMarked() throws {
    let result = try runPadan(["segment", "Seeds"])
    #expect(result.status == 0)
    #expect(result.stdout.contains("~boilerplate 35:1    @2894-2903   FOLLOW US"))
    #expect(
      result.stdout.contains(
        " body        22:57   @1927-2022   Perbedaan kita tidak akan mudah untuk dijembatani,\" kata Stoltenberg, seperti dikutip dari AFP."
      ))
  }

  @Test func normalizeShowsTheCleanText() throws {
    let result = try runPadan(["normalize", "Seeds/000_d9d9eef47c1bbfe9.txt"])
    #expect(result.status == 0)
    #expect(result.stdout.contains("\nLAPORAN: RENI ERINA\nLAPORAN: RENI ERINA\n• Kamis"))
    #expect(!result.stdout.contains("<a href"))
  }
}
