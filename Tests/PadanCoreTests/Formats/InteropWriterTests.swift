import Foundation
import Testing

@testable import PadanCore

@Suite struct InteropWriterTests {
  @Test func xliff12MarksMachineTranslationTermsAndBoilerplate() throws {
    let doc = try bilingual(
      "Menteri Luar Negeri Retno Marsudi hadir (5 < 6) di Jakarta.\n\nBaca juga: Berita lain\n")
    let xml = XLIFF12Writer.text(doc)
    #expect(xml.contains("<xliff version=\"1.2\" xmlns=\"urn:oasis:names:tc:xliff:document:1.2\">"))
    #expect(xml.contains("<tool tool-id=\"padan\" tool-name=\"Padan\""))
    #expect(xml.contains("<mrk mtype=\"term\">Menteri Luar Negeri</mrk>"))
    #expect(xml.contains("<mrk mtype=\"term\">Foreign Minister</mrk>"))
    #expect(
      xml.contains("state=\"needs-review-translation\" state-qualifier=\"leveraged-mt\""))
    #expect(xml.contains("(5 &lt; 6)"))
    #expect(xml.contains("translate=\"no\" restype=\"x-padan-boilerplate\""))
    // Every translated segment has a target; boilerplate has none.
    let targets = xml.components(separatedBy: "<target ").count - 1
    #expect(targets == doc.translatedSegments.count)
    // The glossary entry used reaches the notes with its file and line.
    let entry = try #require(doc.segments[0].translation.glossary.first)
    #expect(xml.contains("glossary: \(entry.source) → \(entry.target)"))
    #expect(xml.contains(entry.entry))
  }

  @Test func xliff21TargetsAreMarkedAsMachineTranslation() throws {
    let doc = try bilingual("Rusia setuju.\n\nBaca juga: Berita lain\n")
    let xml = XLIFFWriter.text(doc)
    #expect(
      xml.contains(
        "<segment id=\"s1\" state=\"initial\" subState=\"padan:machine-translation\">"))
    #expect(!xml.contains("state=\"translated\""))
  }

  @Test func tmxUnitsCarryProvenanceWithoutRealDates() throws {
    let doc = try bilingual("Menteri Luar Negeri Retno Marsudi setuju.\n")
    let xml = TMXWriter.text(doc)
    #expect(
      xml.contains(
        "creationtool=\"Padan\" creationtoolversion=\"\(doc.header.version)\" creationid=\"padan-mt\" creationdate=\"19700101T000000Z\""
      ))
    #expect(xml.contains("<prop type=\"x-padan-origin\">machine-translation</prop>"))
    #expect(xml.contains("<prop type=\"x-padan-engine\">\(doc.header.engine)</prop>"))
    #expect(xml.contains("<note>glossary: Menteri Luar Negeri → Foreign Minister ("))
    // Same document, same bytes.
    #expect(TMXWriter.text(doc) == xml)
  }

  @Test func csvHasOneRowPerSegmentAndReadsBack() throws {
    let doc = try bilingual(
      "Menteri Luar Negeri Retno Marsudi berkata, \"Rusia setuju.\"\n\nBaca juga: Berita lain\n")
    let bytes = BilingualCSVWriter.bytes(doc)
    #expect(bytes.suffix(2) == [0x0D, 0x0A])
    let (records, problems) = CSVReader(path: "x.csv").records(bytes)
    #expect(problems.isEmpty)
    #expect(records.count == doc.segments.count + 1)
    #expect(records[0].fields == BilingualCSVWriter.columns)
    for (record, segment) in zip(records.dropFirst(), doc.segments) {
      #expect(record.fields[1] == segment.id)
      #expect(record.fields[3] == segment.source)
      #expect(record.fields[4] == (segment.isTranslated ? segment.target : ""))
    }
    let first = records[1].fields
    #expect(first[5] == "machine-translation \(doc.header.engine)")
    #expect(first[6].contains("Menteri Luar Negeri → Foreign Minister ("))
    #expect(first[6].contains("Glossaries/titles.tsv:"))
    #expect(records.last?.fields[5] == "not translated")
  }

  @Test func diffAgainstTMXIgnoresWhatTMXCannotHold() throws {
    let doc = try bilingual("Rusia setuju.\n\nBaca juga: Berita lain\n")
    let tmx = try BilingualXMLReader.read(
      Array(TMXWriter.text(doc).utf8), label: "x.tmx")
    let jsonl = BilingualFile(label: "x.jsonl", format: "jsonl", records: .full, document: doc)
    let differ = BilingualDiffer()
    for (old, new) in [(tmx, jsonl), (jsonl, tmx)] {
      let diff = try differ.diff(name: "x", old: old, new: new)
      #expect(diff.changes.allSatisfy { $0.status == .unchanged })
      #expect(diff.changes.count == doc.translatedSegments.count)
    }
  }
}

@Suite struct TMXOriginalTextTests {
  @Test func segmentsWrittenDifferentlyInTheInputGetACopyThatReadersSkip() throws {
    let text = "Rusia\u{A0} setuju  dengan NATO.\n\nNATO setuju.\n"
    let doc = try bilingual(text)
    let xml = TMXWriter.text(doc, original: Array(text.utf8))
    // One copy, for the segment with a no-break space and two spaces.
    #expect(xml.components(separatedBy: "<prop type=\"x-padan-form\">original</prop>").count == 2)
    #expect(xml.contains("<seg>Rusia\u{A0} setuju  dengan NATO.</seg>"))
    #expect(xml.contains("tuid=\"\(doc.segments[0].id).original\""))
    // Without the input's bytes, no copies.
    #expect(!TMXWriter.text(doc).contains("x-padan-form"))
    let back = try BilingualXMLReader.read(Array(xml.utf8), label: "x.tmx")
    #expect(back.document.segments.map(\.source) == doc.translatedSegments.map(\.source))
  }
}

@Suite struct ProjectTMXTests {
  @Test func projectTMXHoldsEveryDocumentsUnitsInOrder() throws {
    let a = try bilingual("Rusia setuju.\n\nBaca juga: Berita lain\n", path: "a.txt")
    let b = try bilingual("NATO menolak. Rusia setuju.\n", path: "b.txt")
    let xml = TMXWriter.projectText([a, b])
    let ids = xml.split(separator: "\n").compactMap { line -> String? in
      guard let r = line.range(of: "tuid=\"") else { return nil }
      return String(line[r.upperBound...].prefix { $0 != "\"" })
    }
    #expect(
      ids
        == (a.translatedSegments.map { "a.txt#\($0.id)" }
          + b.translatedSegments.map { "b.txt#\($0.id)" }))
    #expect(xml.contains("<prop type=\"x-padan-document\">b.txt</prop>"))
    #expect(xml.contains("<prop type=\"x-padan-documents\">2</prop>"))
    #expect(TMXWriter.projectText([a, b]) == xml)
  }
}
