import Testing

@testable import PadanCore

@Suite struct ChangeCauseTests {
  static func term(_ entry: String, _ source: String, _ target: String) -> TermUse {
    TermUse(
      entry: entry, source: source, target: target, type: "title",
      sourceSpan: ByteRange(start: 0, end: 0), targetSpan: ByteRange(start: 0, end: 0),
      form: "exact")
  }

  static func word(_ entry: String, _ lemma: String, _ source: String, _ target: String)
    -> LexiconUse
  {
    LexiconUse(
      entry: entry, lemma: lemma, source: source, target: target,
      sourceSpan: ByteRange(start: 0, end: 0), targetSpan: ByteRange(start: 0, end: 0))
  }

  static func causes(
    _ old: SegmentTranslation, _ new: SegmentTranslation,
    _ kinds: Set<ChangeCause.Kind> = [.glossary, .lexicon]
  ) -> [String] {
    ChangeCause.causes(old: old, new: new, kinds: kinds).map(\.description)
  }

  @Test func anEditedTargetIsAChangedEntryEvenWhenItsLineMoved() {
    let old = SegmentTranslation(
      target: "x", glossary: [Self.term("Glossaries/titles.tsv:14", "Sekjen", "Secretary-General")])
    let new = SegmentTranslation(
      target: "y", glossary: [Self.term("Glossaries/titles.tsv:15", "Sekjen", "Secretary General")])
    #expect(
      Self.causes(old, new) == [
        "changed Glossaries/titles.tsv:15 Sekjen → Secretary General (was Secretary-General, line 14)"
      ])
  }

  @Test func aLineShiftAloneIsNoCause() {
    let old = SegmentTranslation(
      target: "x",
      glossary: [Self.term("Glossaries/people.tsv:4", "Alexander Grushko", "Alexander Grushko")],
      lexicon: [Self.word("Glossaries/lexicon/core.tsv:152", "tentang", "tentang", "about")])
    let new = SegmentTranslation(
      target: "y",
      glossary: [Self.term("Glossaries/people.tsv:5", "Alexander Grushko", "Alexander Grushko")],
      lexicon: [Self.word("Glossaries/lexicon/core.tsv:153", "tentang", "tentang", "about")])
    #expect(Self.causes(old, new).isEmpty)
  }

  @Test func addedRemovedAndLexiconEntriesWithTheirWords() {
    let old = SegmentTranslation(
      target: "x",
      glossary: [Self.term("Glossaries/places.tsv:88", "Rusia", "Russia")],
      lexicon: [Self.word("Glossaries/lexicon/core.tsv:940", "serang", "diserang", "was attacked")])
    let new = SegmentTranslation(
      target: "y",
      glossary: [Self.term("Glossaries/terms.tsv:11", "Diplomasi", "diplomacy")],
      lexicon: [
        Self.word("Glossaries/lexicon/core.tsv:940", "serang", "diserang", "was assaulted")
      ])
    #expect(
      Self.causes(old, new) == [
        "added Glossaries/terms.tsv:11 Diplomasi → diplomacy",
        "removed Glossaries/places.tsv:88 Rusia → Russia",
        "changed Glossaries/lexicon/core.tsv:940 serang (diserang) → was assaulted (was was attacked)",
      ])
    // Only the kinds that can have changed are compared.
    #expect(Self.causes(old, new, [.glossary]).count == 2)
    #expect(Self.causes(old, new, []).isEmpty)
  }

  @Test func capitalsAloneAreTheEnginesForLexiconEntriesOnly() {
    let old = SegmentTranslation(
      target: "x",
      glossary: [Self.term("Glossaries/titles.tsv:216", "Sekjen", "Secretary-general")],
      lexicon: [Self.word("Glossaries/lexicon/core.tsv:243", "tentang", "Tentang", "about")])
    let new = SegmentTranslation(
      target: "y",
      glossary: [Self.term("Glossaries/titles.tsv:216", "Sekjen", "Secretary-General")],
      lexicon: [Self.word("Glossaries/lexicon/core.tsv:243", "tentang", "Tentang", "About")])
    #expect(
      Self.causes(old, new) == [
        "changed Glossaries/titles.tsv:216 Sekjen → Secretary-General (was Secretary-general)"
      ])
  }

  @Test func equalFingerprintsRuleOutEntriesOfThatKind() {
    func header(_ glossary: String, _ lexicon: String) -> BilingualDocument.Header {
      BilingualDocument.Header(
        path: "x.txt", sha256: "", glossaryFingerprint: glossary, lexiconFingerprint: lexicon,
        engine: "rules", segmentCount: 0)
    }
    let edited = ChangeCause.comparableKinds(header("g1", "l1"), header("g2", "l1"), records: .full)
    #expect(edited.kinds == [.glossary] && edited.complete)
    let engine = ChangeCause.comparableKinds(header("g1", "l1"), header("g1", "l1"), records: .full)
    #expect(engine.kinds.isEmpty && engine.complete)
    // XLIFF: glossary entries recorded, lexicon not; unknown fingerprints explain nothing.
    let xliff = ChangeCause.comparableKinds(
      header("g1", "l1"), header("g2", "l2"), records: .glossary)
    #expect(xliff.kinds == [.glossary] && !xliff.complete)
    let tmx = ChangeCause.comparableKinds(header("", ""), header("", ""), records: .none)
    #expect(tmx.kinds.isEmpty && !tmx.complete)
  }

  @Test func anEntryAppliedTwiceIsOneCause() {
    let use = Self.term("Glossaries/organisations.tsv:149", "NATO", "NATO")
    let old = SegmentTranslation(target: "x")
    let new = SegmentTranslation(target: "y", glossary: [use, use])
    #expect(Self.causes(old, new) == ["added Glossaries/organisations.tsv:149 NATO → NATO"])
  }

  @Test func originsSplitAtTheLastColon() {
    #expect(ChangeCause.split(origin: "Glossaries/x.tsv:14") == ("Glossaries/x.tsv", 14))
    #expect(ChangeCause.split(origin: "C:/x.tsv:3") == ("C:/x.tsv", 3))
    #expect(ChangeCause.split(origin: "no line") == ("no line", 0))
  }
}
