import Foundation
import Testing

@testable import PadanCore

@Suite struct SegmentationProtocolTests {
  func respond(_ line: String) throws -> (Any, String?) {
    let segmenter = try DocumentSegmenter(rules: shippedRules)
    let reply: JSONLReply
    switch JSONLRecord.parse(Array(line.utf8)[...], number: 3) {
    case .success(let record):
      reply = SegmentationProtocol.respond(to: record, segmenter: segmenter)
    case .failure(let failure): reply = failure
    }
    return (try JSONSerialization.jsonObject(with: Data(reply.output.utf8)), reply.error)
  }

  @Test func sentencesAreExactSlicesOfTheInputThatCoverIt() throws {
    let text =
      "Judul Berita Hari Ini\n<p>Kata  dia:&nbsp;“Kami siap.” Semua&amp;nya setuju.</p>\n\nBaca juga: Berita Lain"
    let record = try JSONSerialization.data(withJSONObject: ["id": "d1", "text": text])
    let (object, error) = try respond(String(decoding: record, as: UTF8.self))
    #expect(error == nil)
    let reply = try #require(object as? [String: Any])
    let sentences = try #require(reply["sentences"] as? [String])
    #expect(reply["id"] as? String == "d1")
    #expect(
      sentences == [
        "Judul Berita Hari Ini", "<p>Kata  dia:&nbsp;“Kami siap.”", "Semua&amp;nya setuju.</p>",
        "Baca juga: Berita Lain",
      ])
    #expect(reply["kinds"] as? [String] == ["title", "body", "body", "boilerplate"])
    let ranges = try #require(reply["ranges"] as? [[Int]])
    let bytes = Array(text.utf8)
    for (sentence, range) in zip(sentences, ranges) {
      #expect(String(decoding: bytes[range[0]..<range[1]], as: UTF8.self) == sentence)
    }
    // Concatenated without whitespace, the sentences give back the whole text.
    let compact = { (s: String) in s.filter { !$0.isWhitespace } }
    #expect(compact(sentences.joined()) == compact(text))
  }

  @Test func aMalformedLineGivesAnErrorRecord() throws {
    let (object, error) = try respond("{\"id\": \"x\", \"txt\": 1}")
    let reply = try #require(object as? [String: Any])
    #expect(reply["id"] as? String == "x")
    #expect((reply["error"] as? String)?.hasPrefix("<stdin>:3:1: error:") == true)
    #expect(error != nil)
    let (notJSON, _) = try respond("{nope")
    #expect((notJSON as? [String: Any])?["error"] != nil)
  }

  @Test func anEmptyTextHasNoSentences() throws {
    let (object, _) = try respond("{\"id\": \"e\", \"text\": \"\"}")
    #expect((object as? [String: Any])?["sentences"] as? [String] == [])
  }
}
