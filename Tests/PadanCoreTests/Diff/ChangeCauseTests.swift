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
    _ old: SegmentTranslation, _ new: SegmentTranslation, _ r: UsageRecords = .full
  )
    -> [String]
  {
    ChangeCause.causes(old: old, new: new, records: r).map(\.description)
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
    #expect(ChangeCause.causes(old: old, new: new, records: .full).isEmpty)
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
    // XLIFF records glossary entries only; TMX records none.
    #expect(Self.causes(old, new, .glossary).count == 2)
    #expect(Self.causes(old, new, .none).isEmpty)
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
