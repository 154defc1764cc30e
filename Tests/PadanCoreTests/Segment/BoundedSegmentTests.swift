import Testing

@testable import PadanCore

/// Text without sentence ends is cut into segments of at most 4 KiB, so a hostile or
/// flattened input cannot make one segment of megabytes.
@Suite struct BoundedSegmentTests {
  @Test func aLongRunWithoutSentenceEndsIsCutAtSpaces() throws {
    let words = Array(repeating: "Rusia dan NATO setuju dengan pasukan di perbatasan", count: 400)
    let text = "Judul Berita Hari Ini\n\n" + words.joined(separator: " ") + "\n"
    let pieces = try segments(text).filter { $0.0 == .body }.map(\.1)
    #expect(pieces.count > 4)
    #expect(pieces.allSatisfy { $0.utf8.count <= DocumentSegmenter.maximumSegmentBytes })
    #expect(pieces.allSatisfy { !$0.hasPrefix(" ") && !$0.hasSuffix(" ") })
    // Every word is in exactly one piece, in order.
    #expect(pieces.joined(separator: " ") == words.joined(separator: " "))
  }

  @Test func aRunWithoutSpacesIsCutBetweenCharacters() throws {
    let run = String(repeating: "é", count: 5000)  // 10,000 bytes, two per character
    let pieces = try sentences(run + "\n")
    #expect(pieces.count == 3)
    #expect(pieces.allSatisfy { $0.utf8.count <= DocumentSegmenter.maximumSegmentBytes })
    #expect(pieces.joined() == run)
  }

  @Test func sentencesUnderTheLimitAreUntouched() throws {
    #expect(try sentences("Ia setuju. Mereka pergi.\n") == ["Ia setuju.", "Mereka pergi."])
  }
}
