import Testing

@testable import PadanCore

@Suite struct BilingualDifferTests {
  /// The steps of a diff as `status old-ids>new-ids`.
  static func steps(_ old: [BilingualSegment], _ new: [BilingualSegment]) throws -> [String] {
    let d = try BilingualDiffer().diff(
      name: "x", old: bilingualFile(old, label: "a"), new: bilingualFile(new, label: "b"))
    return d.changes.map {
      "\($0.status.rawValue) \($0.oldIDs.joined(separator: "+"))>\($0.newIDs.joined(separator: "+"))"
    }
  }

  @Test func unchangedAndChangedByEnglish() throws {
    let old = [segment("1.1", "Satu.", "One."), segment("1.2", "Dua.", "Two.")]
    let new = [segment("1.1", "Satu.", "One."), segment("1.2", "Dua.", "Second.")]
    #expect(try Self.steps(old, new) == ["unchanged 1.1>1.1", "changed 1.2>1.2"])
  }

  @Test func anInsertedParagraphMovesIDsButKeepsSegmentsUnchanged() throws {
    let old = [segment("1.1", "Satu.", "One."), segment("2.1", "Dua.", "Two.")]
    let new = [
      segment("1.1", "Satu.", "One."), segment("2.1", "Baru.", "New."),
      segment("3.1", "Dua.", "Two."),
    ]
    #expect(try Self.steps(old, new) == ["unchanged 1.1>1.1", "added >2.1", "unchanged 2.1>3.1"])
  }

  @Test func anEditedSentenceIsSourceChanged() throws {
    let old = [segment("1.1", "Rapat berlangsung dua jam.", "meeting last two hour.")]
    let new = [segment("1.1", "Rapat berlangsung tiga jam.", "meeting last three hour.")]
    let d = try BilingualDiffer().diff(
      name: "x", old: bilingualFile(old, label: "a"), new: bilingualFile(new, label: "b"))
    #expect(d.changes.map(\.status) == [.sourceChanged])
    #expect(d.changes[0].sourceDiff?.similarity == 80)
    #expect(d.changes[0].targetDiff?.similarity == 80)
  }

  @Test func aRewrittenSentenceIsRemovedAndAdded() throws {
    let old = [segment("1.1", "Rapat berlangsung dua jam.", "x")]
    let new = [segment("1.1", "Presiden tiba di Jakarta kemarin.", "y")]
    #expect(try Self.steps(old, new) == ["removed 1.1>", "added >1.1"])
  }

  @Test func anEditedSentenceWithAnotherIDPairsBySimilarity() throws {
    let old = [segment("4.1", "Rapat itu berlangsung selama dua jam.", "x")]
    let new = [
      segment("3.1", "Presiden tiba di Jakarta kemarin.", "y"),
      segment("5.1", "Rapat itu berlangsung selama tiga jam.", "z"),
    ]
    #expect(try Self.steps(old, new) == ["added >3.1", "source-changed 4.1>5.1"])
  }

  @Test func splitsAndMergesAreResegmented() throws {
    let old = [
      segment("1.1", "Ia tiba. Ia bertemu Presiden.", "he arrive. he meet President."),
      segment("2.1", "Kunjungan berakhir.", "visit end."), segment("2.2", "Pukul 9.", "at 9."),
    ]
    let new = [
      segment("1.1", "Ia tiba.", "he arrive."), segment("1.2", "Ia bertemu Presiden.", "he meet."),
      segment("2.1", "Kunjungan berakhir. Pukul 9.", "visit end. at 9."),
    ]
    #expect(try Self.steps(old, new) == ["resegmented 1.1>1.1+1.2", "resegmented 2.1+2.2>2.1"])
  }

  @Test func documentsOfDifferentInputsAreMismatched() {
    #expect(throws: Diagnostic.self) {
      try BilingualDiffer().diff(
        name: "x", old: bilingualFile([], path: "Seeds/a.txt", label: "a.jsonl"),
        new: bilingualFile([], path: "Seeds/b.txt", label: "b.jsonl"))
    }
    // The same file name in another folder is the same document.
    #expect(throws: Never.self) {
      try BilingualDiffer().diff(
        name: "x", old: bilingualFile([], path: "Seeds/a.txt", label: "a.jsonl"),
        new: bilingualFile([], path: "/tmp/copy/Seeds/a.txt", label: "b.jsonl"))
    }
  }

  @Test func fixtureFoldersGiveEveryStatusWithItsCause() throws {
    let (documents, summary) = try fixtureDiff()
    #expect(documents.map(\.name) == ["fresh", "gone", "news", "same"])
    #expect(documents.map(\.status) == [.added, .removed, .changed, .unchanged])
    let news = documents[2]
    #expect(
      news.changes.map { "\($0.status.rawValue) \($0.label)" } == [
        "changed 1.1", "changed 2.1", "changed 2.2", "unchanged 2.3", "source-changed 3.1",
        "resegmented 4.1 → 4.1+4.2", "resegmented 5.1+5.2 → 5.1", "removed 6.1", "added 7.1",
        "unchanged 8.1",
      ])
    #expect(news.changes[0].causes.map(\.origin) == ["Glossaries/titles.tsv:15"])
    #expect(news.changes[0].causes[0].oldLine == 14)
    #expect(news.changes[1].causes.map(\.origin) == ["Glossaries/lexicon/core.tsv:940"])
    #expect(news.changes[2].explanation == .engine)
    #expect(news.settings.map(\.name) == ["glossary", "lexicon", "input"])
    #expect(
      summary.segments == [
        .unchanged: 3, .changed: 3, .sourceChanged: 1, .resegmented: 2, .added: 2, .removed: 2,
      ])
    #expect(
      summary.rankedCauses().map(\.cause.origin) == [
        "Glossaries/titles.tsv:15", "Glossaries/lexicon/core.tsv:940",
      ])
    #expect(summary.unexplained == [.engine: 1])
    #expect(summary.histogram == [0, 0, 0, 0, 0, 0, 0, 1, 3, 2])
    #expect(summary.touched.map(\.name) == ["fresh", "gone", "news"])
  }
}
