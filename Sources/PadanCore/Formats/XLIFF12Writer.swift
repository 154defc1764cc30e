/// Writes a bilingual document as XLIFF 1.2, valid against the strict schema, for the
/// tools that read only 1.2 (translate-toolkit's `xliff2po`/`pofilter`/`pocount`, OmegaT 3.6).
///
/// One `file` per document (`original` = the input path, `datatype="plaintext"`) and one
/// `trans-unit` per segment, `id` = the segment id. The English is raw machine translation,
/// so every target says so: `state="needs-review-translation"` and
/// `state-qualifier="leveraged-mt"`, with the Padan tool named in the header. English taken
/// from a reviewed segment is `state="signed-off"` with `state-qualifier="leveraged-tm"` and
/// `approved="yes"`, or `state="needs-review-translation"` (not approved) when a glossary
/// change has made the review out of date; notes give its origin and each changed entry. Boilerplate
/// units have `translate="no"` and no target. Glossary matches are `<mrk mtype="term">`
/// in the source and, when the span is known, in the target; each unit's notes give the
/// segment kind and every glossary entry used (`Glossaries/people.tsv:12`). Notes say
/// `from="developer"`, the author translate-toolkit turns into PO extracted comments
/// (`#.`), so provenance reaches PO-based tools.
public enum XLIFF12Writer {
  public static let namespace = "urn:oasis:names:tc:xliff:document:1.2"
  /// The `tool-id` that the header declares and every target refers to.
  public static let toolID = "padan"

  public static func text(_ document: BilingualDocument) -> String {
    var xml = XMLWriter()
    xml.open("xliff", ["version": "1.2", "xmlns": namespace])
    let h = document.header
    xml.open(
      "file",
      [
        "original": h.path, "source-language": "id", "target-language": "en",
        "datatype": "plaintext", "tool-id": toolID,
      ])
    xml.open("header")
    xml.element(
      "tool", ["tool-id": toolID, "tool-name": "Padan", "tool-version": h.version])
    xml.element("note", ["from": "developer", "annotates": "general"], text: "sha256 \(h.sha256)")
    xml.element(
      "note", ["from": "developer", "annotates": "general"],
      text: "engine \(h.engine); glossary \(h.glossaryFingerprint); lexicon \(h.lexiconFingerprint)"
    )
    xml.close()
    xml.open("body")
    if document.segments.isEmpty {
      // A body needs no children in 1.2, but a group keeps empty files recognisable.
      xml.element("group", ["id": "empty"])
    }
    for s in document.segments { unit(s, into: &xml) }
    xml.close()
    xml.close()
    xml.close()
    return xml.text
  }

  static func unit(_ s: BilingualSegment, into xml: inout XMLWriter) {
    if s.kind == .boilerplate {
      xml.open("trans-unit", ["id": s.id, "translate": "no", "restype": "x-padan-boilerplate"])
      xml.element("source", text: s.source)
      xml.element(
        "note", ["from": "developer", "annotates": "source"],
        text: "kind: boilerplate (not translated)")
      xml.close()
      return
    }
    let origin = s.translation.origin
    if let origin, !origin.isStale, s.isTranslated {
      xml.open(
        "trans-unit", ["id": s.id, "approved": "yes", "restype": "x-padan-\(s.kind.rawValue)"])
    } else {
      xml.open("trans-unit", ["id": s.id, "restype": "x-padan-\(s.kind.rawValue)"])
    }
    let terms = s.translation.glossary
    let sourceMarks = InlineMarks.usable(
      terms.enumerated().map { ($0.offset, $0.element.sourceSpan) }, in: s.source)
    xml.element("source", markup: markup(s.source, sourceMarks))
    if s.isTranslated {
      let targetMarks = InlineMarks.usable(
        terms.enumerated().map { ($0.offset, $0.element.targetSpan) }, in: s.target
      )
      .filter { sourceMarks.keys.contains($0.key) }
      if let origin {
        xml.element(
          "target",
          [
            "xml:lang": "en", "state": origin.isStale ? "needs-review-translation" : "signed-off",
            "state-qualifier": "leveraged-tm",
          ], markup: markup(s.target, targetMarks))
      } else {
        xml.element(
          "target",
          [
            "xml:lang": "en", "state": "needs-review-translation",
            "state-qualifier": "leveraged-mt",
          ], markup: markup(s.target, targetMarks))
      }
    }
    xml.element(
      "note", ["from": "developer", "annotates": "source"], text: "kind: \(s.kind.rawValue)")
    if let origin {
      xml.element(
        "note", ["from": "developer", "annotates": "general"],
        text: "origin: \(origin.summary), \(origin.state)")
      for term in origin.stale {
        xml.element(
          "note", ["from": "developer", "annotates": "general"], text: "stale: \(term.description)")
      }
    }
    for term in terms {
      xml.element(
        "note", ["from": "developer", "annotates": "general"],
        text: "glossary: \(term.source) → \(term.target) (\(term.type), \(term.entry))")
    }
    if !s.translation.unknown.isEmpty {
      xml.element(
        "note", ["from": "developer", "annotates": "general"],
        text: "untranslated: " + s.translation.unknown.joined(separator: ", "))
    }
    xml.close()
  }

  /// `text` escaped for XML with `<mrk mtype="term">` around each span.
  static func markup(_ text: String, _ marks: [Int: ByteRange]) -> String {
    InlineMarks.markup(text, marks) { _ in "<mrk mtype=\"term\">" }
  }
}
