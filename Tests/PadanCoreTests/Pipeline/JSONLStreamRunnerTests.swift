import Foundation
import Testing

@testable import PadanCore

@Suite struct JSONLStreamRunnerTests {
  /// Lines that are not records, each with the error both protocols must report.
  static let malformed: [(line: String, error: String)] = [
    (#"{"id":"a","text":"x",}"#, "<stdin>:1:22: error: not a JSON object: expected a key string"),
    (
      #"{"id":"b","id":"c","text":"x"}"#,
      #"<stdin>:2:11: error: not a JSON object: duplicate key "id""#
    ),
    ("{nope", "<stdin>:3:2: error: not a JSON object: expected a key string"),
    (
      #"{"id":"d","txt":"x"}"#,
      #"<stdin>:4:1: error: expected {"id": string or integer, "text": string}"#
    ),
    ("[1]", #"<stdin>:5:1: error: expected {"id": string or integer, "text": string}"#),
    (
      #"{"id":2.5,"text":"x"}"#,
      #"<stdin>:6:1: error: expected {"id": string or integer, "text": string}"#
    ),
    (#"{"id":"e","text":"x""#, "<stdin>:7:21: error: not a JSON object: unexpected end of text"),
  ]

  /// Runs `runner` over `input` (written to a file) and returns every reply.
  func replies<State>(_ runner: JSONLStreamRunner<State>, _ input: String) throws -> (
    [JSONLReply], failed: Bool
  ) {
    let path = try temporaryFile(input, name: "stream.jsonl")
    var all: [JSONLReply] = []
    let failed = try runner.run(try ByteLineReader(path: path)) { all += $0 }
    return (all, failed)
  }

  func segmentRunner() -> JSONLStreamRunner<DocumentSegmenter> {
    JSONLStreamRunner(jobs: 1, makeState: { try DocumentSegmenter(rules: shippedRules) }) {
      SegmentationProtocol.respond(to: $1, segmenter: $0)
    }
  }

  func translateRunner(jobs: Int) -> JSONLStreamRunner<BilingualAligner> {
    JSONLStreamRunner(jobs: jobs, makeState: { try makeAligner() }) {
      TranslationStreamProtocol.respond(to: $1, aligner: $0)
    }
  }

  @Test func bothProtocolsReportMalformedLinesIdentically() throws {
    let input = Self.malformed.map(\.line).joined(separator: "\n") + "\n"
    let (segmented, segmentFailed) = try replies(segmentRunner(), input)
    let (translated, translateFailed) = try replies(translateRunner(jobs: 2), input)
    #expect(segmentFailed && translateFailed)
    #expect(segmented.map(\.error) == Self.malformed.map(\.error))
    #expect(segmented == translated)
    // The record keeps the id when it could be read.
    #expect(segmented[3].output.hasPrefix(#"{"id":"d","error":"#))
    #expect(segmented[0].output.hasPrefix(#"{"id":null,"error":"#))
  }

  @Test func aByteOrderMarkStartsTheStreamAndCRLFAndBlankLinesAreAccepted() throws {
    let input =
      "\u{FEFF}{\"id\":\"a\",\"text\":\"Dr. Sutopo hadir.\"}\r\n \t\r\n{\"id\":7,\"text\":\"Ia senang.\"}"
    let (segmented, failed) = try replies(segmentRunner(), input)
    #expect(!failed)
    #expect(
      segmented.map(\.output) == [
        #"{"id":"a","sentences":["Dr. Sutopo hadir."],"kinds":["body"],"ranges":[[0,17]]}"#,
        #"{"id":7,"sentences":["Ia senang."],"kinds":["body"],"ranges":[[0,10]]}"#,
      ])
    // Only at the start of the stream: on a later line it is an error at its column.
    let (later, laterFailed) = try replies(
      segmentRunner(), "{\"id\":\"a\",\"text\":\"x\"}\n\u{FEFF}{\"id\":\"b\",\"text\":\"y\"}\n")
    #expect(laterFailed)
    #expect(later[1].error == "<stdin>:2:1: error: not a JSON object: unexpected character")
  }

  @Test func repliesComeInInputOrderWhateverTheNumberOfWorkers() throws {
    var input = ""
    for i in 0..<150 { input += "{\"id\":\(i),\"text\":\"Rusia menolak \(i) kali.\"}\n" }
    let (one, _) = try replies(translateRunner(jobs: 1), input)
    let (three, _) = try replies(translateRunner(jobs: 3), input)
    #expect(one.count == 150)
    #expect(one == three)
    #expect(one[149].output.hasPrefix(#"{"id":149,"segments":"#))
  }
}
