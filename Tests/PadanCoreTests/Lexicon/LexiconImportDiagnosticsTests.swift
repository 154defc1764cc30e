import Testing

@testable import PadanCore

/// Malformed dictionaries: every problem at FILE:LINE:COLUMN, and nothing to write.
@Suite struct LexiconImportDiagnosticsTests {
  func problems(_ format: LexiconImportFormat, _ files: [(String, String)]) -> [String] {
    format.read(files.map { ($0.0, Array($0.1.utf8)) }).problems.map(\.description)
  }

  @Test func tableRowsWithTooFewFieldsOrEmptyWords() {
    #expect(
      problems(.tsv, [("w.tsv", "bunga\tflower\nrumah\n\tbird\n")]) == [
        "w.tsv:2:6: error: expected at least 2 fields (indonesian, english), found 1",
        "w.tsv:3:1: error: empty Indonesian",
      ])
    #expect(
      problems(.tsv, [("w.csv", "english,indonesian\nflower,bunga\nhouse\n")]) == [
        "w.csv:3:6: error: expected at least 2 fields (indonesian, english), found 1"
      ])
    #expect(
      problems(.tsv, [("w.csv", "bunga,\"flower\n")]) == [
        "w.csv:1:7: error: quoted field is never closed"
      ])
  }

  @Test func aTableThatIsNotUTF8() {
    let source = LexiconImportFormat.tsv.read([
      ("w.tsv", Array("bunga\tflower\nkop\t".utf8) + [0xE9])
    ])
    #expect(source.problems.map(\.description) == ["w.tsv:2:5: error: invalid UTF-8 byte 0xE9"])
  }

  @Test func dictdIndexLinesThatAreNotHeadwordOffsetLength() {
    let dict = "bank /bæŋk/ <n>\ntepi\n"
    let index = "bank\tA\tW\nbank\tA\nbank\tA*\tW\nbank\tA\tW=\nbank\tB\tBA\nbank\tA\tW\tbank\tx\n"
    #expect(
      problems(.freedict, [("d.index", index), ("d.dict", dict)]) == [
        "d.index:2:7: error: expected 3 tab-separated fields (headword, offset, length), found 2",
        "d.index:3:6: error: offset 'A*' is not base 64",
        "d.index:4:8: error: length 'W=' is not base 64",
        "d.index:5:6: error: entry at bytes 1..<65 runs past the end of d.dict (23 bytes uncompressed)",
        "d.index:6:15: error: expected 3 tab-separated fields (headword, offset, length), found 5",
      ])
  }

  @Test func aDictdEntryThatIsNotUTF8() {
    let source = LexiconImportFormat.freedict.read([
      ("d.index", Array("bank\tA\tM\n".utf8)), ("d.dict", Array("bank <n>\nte".utf8) + [0xFF]),
    ])
    #expect(source.problems.map(\.description) == ["d.dict:2:3: error: invalid UTF-8 byte 0xFF"])
  }

  @Test func aDamagedDictzipFile() {
    let source = LexiconImportFormat.freedict.read([
      ("d.index", Array("bank\tA\tM\n".utf8)), ("d.dict.dz", [0x1F, 0x8B, 8, 0, 0, 0]),
    ])
    #expect(source.problems.map(\.description) == ["error: d.dict.dz: not a gzip file"])
  }

  @Test func teiThatIsMalformedOrHasAnEntryWithoutHeadword() {
    #expect(
      problems(
        .freedict, [("d.tei", "<TEI>\n<entry><form><orth>R&D</orth></form></entry>\n</TEI>")])
        == ["d.tei:3:7: error: malformed XML (an entity reference without ';')"])
    #expect(
      problems(.freedict, [("d.tei", "<martif/>")]) == [
        "d.tei:1:8: error: expected a <TEI> root, found <martif>"
      ])
    let noHeadword = """
      <TEI><text><body>
      <entry><form><pron>x</pron></form><sense><cit type="trans"><quote>tepi</quote></cit></sense></entry>
      </body></text></TEI>
      """
    #expect(
      problems(.freedict, [("d.tei", noHeadword)]) == [
        "d.tei:2:7: error: <entry> without <form><orth>"
      ])
  }
}
