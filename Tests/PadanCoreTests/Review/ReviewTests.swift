import Foundation
import Testing

@testable import PadanCore

/// A temporary folder with `files` (name to text), removed by the caller.
private func folder(_ files: [String: String]) throws -> String {
  let url = FileManager.default.temporaryDirectory.appendingPathComponent(
    "padan-review-\(UUID().uuidString)")
  try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
  for (name, text) in files { try Data(text.utf8).write(to: url.appendingPathComponent(name)) }
  return url.path
}

private func reviewed(_ path: String) throws -> [ReviewedFileReader.Unit] {
  ReviewedFileReader.units(of: try BilingualFile.read(path: path)).units
}

@Suite struct ReviewedFileReaderTests {
  static let xliff2 = """
    <?xml version="1.0" encoding="UTF-8"?>
    <xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.1" srcLang="id" trgLang="en">
      <file id="f1" original="a.txt">
        <unit id="1.1"><segment state="initial"><source>Satu.</source><target>One.</target></segment></unit>
        <unit id="1.2"><segment state="reviewed"><source>Dua.</source><target>Two.</target></segment></unit>
        <unit id="1.3"><segment state="translated"><source>Tiga.</source><target>Three.</target></segment></unit>
        <unit id="1.4"><segment state="final"><source>Empat.</source><target>Four.</target></segment></unit>
        <unit id="1.5" translate="no"><segment state="final"><source>logo</source><target>logo</target></segment></unit>
      </file>
    </xliff>
    """

  @Test func xliff2CountsReviewedAndFinalSegmentsWithTheirNeighboursAsContext() throws {
    let dir = try folder(["a.xlf": Self.xliff2])
    defer { try? FileManager.default.removeItem(atPath: dir) }
    let units = try reviewed(dir + "/a.xlf")
    #expect(units.map(\.id) == ["1.2", "1.4"])
    #expect(units[0].target == "Two." && units[0].previous == "Satu." && units[0].next == "Tiga.")
    #expect(units[1].previous == "Tiga." && units[1].next == "logo")
  }

  @Test func xliff1CountsApprovedUnitsNotNeedingReviewAndFinalTargets() throws {
    // As po2xliff writes it: XLIFF 1.1, a PO header unit, approved="yes" for reviewed entries.
    let text = """
      <?xml version="1.0" encoding="UTF-8"?>
      <xliff xmlns="urn:oasis:names:tc:xliff:document:1.1" version="1.1">
        <file original="b.po" source-language="en-US" datatype="plaintext"><body>
          <trans-unit id="1" approved="no" restype="x-gettext-domain-header"><source>Project-Id-Version: X</source><target state="translated">Project-Id-Version: X</target></trans-unit>
          <trans-unit id="2" approved="yes"><source>Dua.</source><target state="translated">Two.</target></trans-unit>
          <trans-unit id="3" approved="no"><source>Tiga.</source><target state="needs-translation">Three.</target></trans-unit>
          <trans-unit id="4" approved="yes"><source>Empat.</source><target state="needs-review-translation">Four.</target></trans-unit>
          <trans-unit id="5"><source>Lima.</source><target state="signed-off">Five.</target></trans-unit>
          <trans-unit id="6" approved="yes"><source>Enam.</source><target state="translated"></target></trans-unit>
        </body></file>
      </xliff>
      """
    let dir = try folder(["b.xliff": text])
    defer { try? FileManager.default.removeItem(atPath: dir) }
    let (units, notReviewed) = ReviewedFileReader.units(
      of: try BilingualFile.read(path: dir + "/b.xliff"))
    #expect(units.map(\.id) == ["2", "5"])
    #expect(notReviewed == 3)
    // The PO header is not a segment: the first unit starts the document.
    #expect(units[0].previous == "" && units[0].next == "Tiga.")
  }

  @Test func tmxCountsEveryUnitButPadansMachineTranslationAndStaleReviews() throws {
    let text = """
      <?xml version="1.0" encoding="UTF-8"?>
      <tmx version="1.4"><header srclang="id" datatype="plaintext" segtype="sentence" adminlang="en" o-tmf="x" creationtool="x" creationtoolversion="1"/><body>
        <tu tuid="a"><tuv xml:lang="id"><seg>Satu.</seg></tuv><tuv xml:lang="en"><seg>One.</seg></tuv></tu>
        <tu tuid="b"><prop type="x-padan-origin">machine-translation</prop><tuv xml:lang="id"><seg>Dua.</seg></tuv><tuv xml:lang="en"><seg>Two.</seg></tuv></tu>
        <tu tuid="c"><prop type="x-padan-origin">tm</prop><prop type="x-padan-state">stale</prop><tuv xml:lang="id"><seg>Tiga.</seg></tuv><tuv xml:lang="en"><seg>Three.</seg></tuv></tu>
        <tu tuid="d"><prop type="x-padan-prev">Satu.</prop><prop type="x-padan-next"></prop><prop type="x-padan-term">Glossaries/x.tsv:4\tEmpat\tFour</prop><tuv xml:lang="id"><seg>Empat.</seg></tuv><tuv xml:lang="en"><seg>Four.</seg></tuv></tu>
      </body></tmx>
      """
    let dir = try folder(["c.tmx": text])
    defer { try? FileManager.default.removeItem(atPath: dir) }
    let units = try reviewed(dir + "/c.tmx")
    #expect(units.map(\.id) == ["a", "d"])
    #expect(units[0].previous == nil && units[0].next == nil)
    #expect(units[1].previous == "Satu." && units[1].next == "")
    #expect(
      units[1].terms == [ReviewedTerm(entry: "Glossaries/x.tsv:4", source: "Empat", target: "Four")]
    )
  }

  @Test func padanJSONLCountsSegmentsInStateReviewedOrFinal() throws {
    let doc = try bilingual("Rusia menolak.\n\nNATO bertemu.\n\nMoskow diam.\n")
    var lines = BilingualJSONLWriter.text(doc).split(separator: "\n").map(String.init)
    #expect(lines.count == 4)
    lines[1].removeLast()
    lines[1] += ",\"state\":\"reviewed\"}"
    lines[3].removeLast()
    lines[3] += ",\"state\":\"initial\"}"
    let dir = try folder(["d.jsonl": lines.joined(separator: "\n") + "\n"])
    defer { try? FileManager.default.removeItem(atPath: dir) }
    let units = try reviewed(dir + "/d.jsonl")
    #expect(units.map(\.source) == ["Rusia menolak."])
    #expect(units[0].previous == "" && units[0].next == "NATO bertemu.")
  }

  @Test(arguments: [
    (
      "bad.xlf",
      "<xliff version=\"2.1\"><file id=\"f\">\n<unit id=1><segment/></unit>\n</file></xliff>",
      "bad.xlf:2:"
    ),
    (
      "bad.jsonl",
      "{\"padan\":\"document\",\"version\":\"1\",\"path\":\"a\",\"sha256\":\"\",\"glossary\":\"\",\"lexicon\":\"\",\"segments\":1}\n{\"id\":\"1.1\",\n",
      "bad.jsonl:2:"
    ),
    (
      "bad.tmx",
      "<tmx version=\"1.4\"><body>\n<tu><tuv xml:lang=\"id\"><seg>a</tuv></tu></body></tmx>",
      "bad.tmx:2:"
    ),
  ])
  func malformedFilesAreReportedAtFileLineColumnAndNothingIsImported(
    _ name: String, _ text: String, _ location: String
  ) throws {
    let dir = try folder([name: text])
    defer { try? FileManager.default.removeItem(atPath: dir) }
    let store = ReviewStore(directory: dir + "/Reviewed")
    let glossary = shippedResources.glossary
    #expect {
      _ = try store.importFiles(
        [dir + "/" + name], glossary: glossary, matcher: GlossaryMatcher(glossary: glossary))
    } throws: { error in
      let description = (error as? Diagnostic)?.description ?? ""
      return description.hasPrefix(dir + "/" + location) && description.contains(": error: ")
    }
    #expect(!FileManager.default.fileExists(atPath: dir + "/Reviewed"))
  }
}

@Suite struct ReviewStoreTests {
  @Test func importWritesOneNormalisedTMXPerImportAndTheNewestReviewWins() throws {
    let xliff = ReviewedFileReaderTests.xliff2.replacingOccurrences(
      of: "<source>Dua.</source>", with: "<source>Dua  Rusia.</source>")
    let second = xliff.replacingOccurrences(
      of: "<target>Two.</target>", with: "<target>Two of Russia.</target>")
    let dir = try folder(["a.xlf": xliff, "b.xlf": second])
    defer { try? FileManager.default.removeItem(atPath: dir) }
    let store = ReviewStore(directory: dir + "/Reviewed")
    let glossary = shippedResources.glossary
    let matcher = GlossaryMatcher(glossary: glossary)
    let first = try store.importFiles([dir + "/a.xlf"], glossary: glossary, matcher: matcher)
    #expect(first.imported == 2 && first.unchanged == 0 && first.replaced == 0)
    #expect(first.written == dir + "/Reviewed/0001-a.tmx")
    let again = try store.importFiles([dir + "/a.xlf"], glossary: glossary, matcher: matcher)
    #expect(again.imported == 0 && again.unchanged == 2 && again.written == nil)
    let newer = try store.importFiles([dir + "/b.xlf"], glossary: glossary, matcher: matcher)
    #expect(newer.imported == 1 && newer.unchanged == 1 && newer.replaced == 1)
    #expect(newer.written == dir + "/Reviewed/0002-b.tmx")

    let units = try store.read().units
    #expect(units.map(\.source) == ["Dua Rusia.", "Empat.", "Dua Rusia."])
    // The glossary entry of the source is recorded with its English at the import.
    let rusia = units[0].terms.first { $0.source == "Rusia" }
    #expect(rusia?.target == "Russia" && rusia?.entry.contains("Glossaries/places.tsv:") == true)
    #expect(units[0].file == dir + "/Reviewed/0001-a.tmx" && units[0].unit == "1")
    let stats = try store.stats()
    #expect(stats.units == 3 && stats.sources == 2 && stats.replaced == 1 && stats.withContext == 3)
    #expect(try store.current().map(\.target) == ["Four.", "Two of Russia."])
    let exported = try store.exportTMX()
    #expect(exported.contains("<seg>Two of Russia.</seg>") && !exported.contains("<seg>Two.</seg>"))
    #expect(
      exported.contains("<prop type=\"x-padan-reviewed-file\">\(dir)/Reviewed/0002-b.tmx</prop>"))
    let jsonl = try store.exportJSONL()
    #expect(jsonl.split(separator: "\n").count == 3 && jsonl.contains("\"state\":\"reviewed\"}"))
  }

  @Test func aMissingFolderIsNoMemory() throws {
    let store = ReviewStore(directory: "/nonexistent/Reviewed")
    #expect(try store.memory() == nil)
    #expect(try store.files().isEmpty)
  }
}

@Suite struct ReviewMemoryTests {
  static let units = [
    ReviewedUnit(
      source: "Rusia menolak.", target: "Russia said no.", previous: "A.", next: "B.",
      file: "R/1.tmx", unit: "1"),
    ReviewedUnit(
      source: "Rusia menolak.", target: "Russia refused.", previous: "C.", next: "D.",
      file: "R/1.tmx", unit: "2"),
  ]

  @Test func inContextMatchesArePreferredElseTheLastExactMatch() throws {
    let memory = ReviewMemory(units: Self.units, fingerprint: "x")
    let a = try #require(memory.match(source: "Rusia menolak.", previous: "A.", next: "B."))
    #expect(a.unit.target == "Russia said no." && a.match == .inContext)
    let c = try #require(memory.match(source: "Rusia  menolak.", previous: "C.", next: "D."))
    #expect(c.unit.target == "Russia refused." && c.match == .inContext)
    let other = try #require(memory.match(source: "Rusia menolak.", previous: "A.", next: "X."))
    #expect(other.unit.unit == "2" && other.match == .exact)
    #expect(memory.match(source: "Rusia menolak", previous: "", next: "") == nil)
  }

  @Test func theSourceIsComparedNormalised() throws {
    // NFD in the memory, NFC in the document; a no-break space and a run of spaces.
    let memory = ReviewMemory(
      units: [
        ReviewedUnit(source: "Cafe\u{301}\u{A0}itu  tutup.", target: "x", file: "f", unit: "1")
      ],
      fingerprint: "x")
    #expect(memory.match(source: "Caf\u{E9} itu tutup.", previous: "", next: "")?.match == .exact)
  }

  static func machine(target: String) -> SegmentTranslation {
    SegmentTranslation(
      target: "whatever the engine said",
      glossary: [
        TermUse(
          entry: "Glossaries/titles.tsv:12", source: "Menlu", target: target, type: "title",
          sourceSpan: ByteRange(start: 0, end: 5), targetSpan: ByteRange(start: 0, end: 4),
          form: "exact")
      ],
      lexicon: [
        LexiconUse(
          entry: "Glossaries/lexicon/core.tsv:1", lemma: "x", source: "x", target: "x",
          sourceSpan: ByteRange(start: 0, end: 1), targetSpan: ByteRange(start: 0, end: 1))
      ], unknown: ["y"])
  }

  static func unit(_ english: String, reviewedWith target: String?) -> ReviewedUnit {
    ReviewedUnit(
      source: "Menlu tiba.", target: english, file: "R/1.tmx", unit: "7",
      terms: target.map {
        [ReviewedTerm(entry: "Glossaries/titles.tsv:12", source: "Menlu", target: $0)]
      } ?? [])
  }

  @Test func aReviewIsStaleWhenAnEntryChangedAndTheEnglishLacksItsNewEnglish() {
    let memory = ReviewMemory(
      units: [], fingerprint: "x", accepts: ReviewStore.termCheck(shippedResources.english))
    let english = "The Foreign Minister arrived."
    // The entry changed and the English lacks the new English: stale, naming the entry.
    let stale = memory.translation(
      Self.machine(target: "Minister of Foreign Affairs"),
      from: Self.unit(english, reviewedWith: "Foreign Minister"), match: .exact)
    #expect(stale.target == english && stale.lexicon.isEmpty && stale.unknown.isEmpty)
    #expect(
      stale.origin?.stale == [
        StaleTerm(
          entry: "Glossaries/titles.tsv:12", source: "Menlu", target: "Minister of Foreign Affairs",
          reviewed: "Foreign Minister")
      ])
    #expect(stale.glossary.first?.targetSpan == ByteRange(start: 0, end: 0))
    // The entry changed but the English has the new English (here in the plural): fresh.
    let present = memory.translation(
      Self.machine(target: "foreign minister"),
      from: Self.unit("Both Foreign Ministers arrived.", reviewedWith: "Foreign Secretary"),
      match: .inContext)
    #expect(present.origin?.stale == [] && present.origin?.state == "reviewed")
    #expect(present.origin?.match == .inContext)
    #expect(present.glossary.first?.targetSpan == ByteRange(start: 5, end: 21))
    // The entry is the same as at the review: the reviewer's choice, not stale.
    let unchanged = memory.translation(
      Self.machine(target: "Minister of Foreign Affairs"),
      from: Self.unit(english, reviewedWith: "Minister of Foreign Affairs"), match: .exact)
    #expect(unchanged.origin?.isStale == false)
    // No record of the entry at the review: a new entry the English lacks is stale.
    let unrecorded = memory.translation(
      Self.machine(target: "Minister of Foreign Affairs"),
      from: Self.unit(english, reviewedWith: nil), match: .exact)
    #expect(unrecorded.origin?.stale.first?.reviewed == nil)
    #expect(unrecorded.origin?.stale.first?.description.hasSuffix("(new entry)") == true)
  }

  @Test func theAlignerTakesReviewedEnglishBeforeTheEngine() throws {
    let text = "Rusia menolak.\n\nNATO bertemu di Brussel.\n"
    let plain = try bilingual(text)
    let memory = ReviewMemory(
      units: [
        ReviewedUnit(
          source: "NATO bertemu di Brussel.", target: "NATO met in Brussels.",
          previous: "Rusia menolak.", next: "", file: "Reviewed/0001-a.tmx", unit: "4")
      ], fingerprint: "x")
    let base = try makeAligner()
    let aligner = BilingualAligner(
      segmenter: base.segmenter, translator: base.translator, engine: base.engine,
      glossaryFingerprint: base.glossaryFingerprint, lexiconFingerprint: base.lexiconFingerprint,
      memory: memory)
    let doc = try aligner.align(SourceFile(path: "t.txt", bytes: Array(text.utf8))).bilingual
    #expect(doc.segments[0] == plain.segments[0])
    let s = doc.segments[1]
    #expect(s.target == "NATO met in Brussels.")
    #expect(
      s.translation.origin
        == SegmentOrigin(file: "Reviewed/0001-a.tmx", unit: "4", match: .inContext))
    // The glossary entries of the source are still listed, for stale checks and diffs.
    #expect(
      s.translation.glossary.map(\.source) == plain.segments[1].translation.glossary.map(\.source))
    #expect(!s.translation.glossary.isEmpty)
  }
}
