import Foundation
import Testing

@testable import PadanCore

@Suite struct BilingualJSONLTests {
  static let article = """
    Rusia dan NATO Bertemu di Brussels

    Menteri Luar Negeri Retno Marsudi hadir. Sekjen NATO "setuju" | 50% & <lebih>.

    Baca juga: Berita lain
    """

  @Test func writesAndReadsBackTheSameDocument() throws {
    let doc = try bilingual(Self.article)
    let text = BilingualJSONLWriter.text(doc)
    let lines = text.split(separator: "\n")
    #expect(lines.count == doc.segments.count + 1)
    #expect(
      lines[0].hasPrefix("{\"padan\":\"document\",\"version\":\"\(PadanVersion.string)\",\"path\":")
    )
    #expect(lines[1].hasPrefix("{\"id\":\"1.1\",\"kind\":\"title\",\"bytes\":[0,"))
    let path = try temporaryFile(text)
    defer { try? FileManager.default.removeItem(atPath: path) }
    #expect(try BilingualJSONLReader.read(path: path) == doc)
  }

  @Test func aTruncatedFileIsAnErrorAtTheLineAfterTheLast() throws {
    let text = BilingualJSONLWriter.text(try bilingual(Self.article))
    let lines = text.split(separator: "\n")
    let path = try temporaryFile(lines.dropLast().joined(separator: "\n") + "\n")
    defer { try? FileManager.default.removeItem(atPath: path) }
    let error = #expect(throws: Diagnostic.self) { try BilingualJSONLReader.read(path: path) }
    #expect(
      error?.description
        == "\(path):\(lines.count):1: error: truncated file: the header gives \(lines.count - 1) segments, found \(lines.count - 2)"
    )
  }

  @Test func aLineCutInTheMiddleIsATruncatedLine() throws {
    let text = BilingualJSONLWriter.text(try bilingual(Self.article))
    let path = try temporaryFile(String(text.dropLast(20)))
    defer { try? FileManager.default.removeItem(atPath: path) }
    let error = #expect(throws: Diagnostic.self) { try BilingualJSONLReader.read(path: path) }
    let count = text.split(separator: "\n").count
    #expect(error?.description.hasPrefix("\(path):\(count):") == true)
    #expect(error?.description.contains("error: truncated line") == true)
  }

  @Test func malformedLinesAndKeysNameFileLineAndColumn() throws {
    let header = BilingualJSONLWriter.headerLine(
      .init(
        path: "x.txt", sha256: "0", glossaryFingerprint: "g", lexiconFingerprint: "l",
        engine: "e", segmentCount: 1))
    let cases: [(String, String)] = [
      ("{\"id\":\"1.1\",\"kind\":}", "3:20: error: malformed JSON: unexpected character"),
      ("{\"id\":\"1.1\"}", "3:1: error: missing key \"kind\""),
      (
        "{\"id\":\"1.1\",\"kind\":\"body\",\"bytes\":[0,1],\"line\":1,\"source\":\"a\",\"target\":\"b\",\"glossary\":[{\"entry\":\"e\",\"source\":\"a\",\"target\":\"b\",\"type\":\"t\",\"src\":[0,9],\"tgt\":[0,1],\"form\":\"exact\"}]}",
        "3:1: error: glossary[0]: \"src\" [0,9] is outside its text (1 bytes)"
      ),
      ("{\"id\":\"1.1\",\"kind\":\"poem\"}", "3:1: error: unknown kind \"poem\""),
    ]
    for (line, expected) in cases {
      let path = try temporaryFile(header + "\n\n" + line + "\n")
      defer { try? FileManager.default.removeItem(atPath: path) }
      let error = #expect(throws: Diagnostic.self) { try BilingualJSONLReader.read(path: path) }
      #expect(error?.description == "\(path):\(expected)")
    }
  }

  @Test func theCommittedOutputReadsBackWithSpansOnItsTerms() throws {
    let output = repositoryRoot.appendingPathComponent("Output")
    let names = try FileManager.default.contentsOfDirectory(atPath: output.path)
      .filter { $0.hasSuffix(".jsonl") }.sorted()
    #expect(!names.isEmpty)
    for name in names {
      let doc = try BilingualJSONLReader.read(path: output.appendingPathComponent(name).path)
      #expect(doc.segments.count == doc.header.segmentCount)
      #expect(Set(doc.segments.map(\.id)).count == doc.segments.count, "ids unique in \(name)")
      for s in doc.segments {
        let source = Array(s.source.utf8)
        for g in s.translation.glossary {
          #expect(String(decoding: source[g.sourceSpan.range], as: UTF8.self) == g.source)
        }
        for l in s.translation.lexicon {
          #expect(String(decoding: source[l.sourceSpan.range], as: UTF8.self) == l.source)
        }
      }
    }
  }

  @Test func aFileThatIsNotADocumentIsRejectedAtLineOne() throws {
    let path = try temporaryFile("{\"padan\":\"manifest\"}\n")
    defer { try? FileManager.default.removeItem(atPath: path) }
    let error = #expect(throws: Diagnostic.self) { try BilingualJSONLReader.read(path: path) }
    #expect(error?.description.hasPrefix("\(path):1:1: error: not a Padan document header") == true)
  }
}
