/// Writes a bilingual document as TMX 1.4b: one `tu` per translated segment
/// (boilerplate and segments without English are left out).
///
/// The header carries the attributes TMX requires (`creationtool`,
/// `creationtoolversion`, `segtype="sentence"`, `o-tmf`, `adminlang`, `srclang="id"`,
/// `datatype="plaintext"`) and Padan's document data as `prop`s of type `x-padan-*`.
///
/// Every unit is marked as raw machine translation: `creationid="padan-mt"`, the tool
/// and its version, a `x-padan-origin` prop `machine-translation`, the engine, and the
/// segment kind; each glossary entry used is a `note` (`Sekjen → Secretary General
/// (Glossaries/titles.tsv:12)`). Dates are not real times: `creationdate` is always
/// `fixedDate` (the Unix epoch), so equal documents give equal bytes. Text is plain (no
/// inline codes), escaped for XML.
public enum TMXWriter {
  /// The `creationid` of every unit Padan writes: raw machine translation.
  public static let creationID = "padan-mt"
  /// The `creationdate` of the header and every unit: TMX's date form of the Unix epoch.
  public static let fixedDate = "19700101T000000Z"

  public static func text(_ document: BilingualDocument) -> String {
    var xml = XMLWriter()
    xml.open("tmx", ["version": "1.4"])
    xml.open(
      "header",
      [
        "creationtool": "Padan", "creationtoolversion": document.header.version,
        "segtype": "sentence", "o-tmf": "Padan JSONL", "adminlang": "en", "srclang": "id",
        "datatype": "plaintext", "creationdate": fixedDate, "creationid": creationID,
      ])
    let h = document.header
    xml.element("prop", ["type": "x-padan-path"], text: h.path)
    xml.element("prop", ["type": "x-padan-sha256"], text: h.sha256)
    xml.element("prop", ["type": "x-padan-glossary"], text: h.glossaryFingerprint)
    xml.element("prop", ["type": "x-padan-lexicon"], text: h.lexiconFingerprint)
    xml.element("prop", ["type": "x-padan-engine"], text: h.engine)
    xml.close()
    xml.open("body")
    for s in document.segments where s.isTranslated {
      unit(s, header: h, into: &xml)
    }
    xml.close()
    xml.close()
    return xml.text
  }

  /// One `tu` with its provenance, for a translated segment.
  static func unit(
    _ s: BilingualSegment, header h: BilingualDocument.Header, into xml: inout XMLWriter
  ) {
    xml.open(
      "tu",
      [
        "tuid": s.id, "creationtool": "Padan", "creationtoolversion": h.version,
        "creationid": creationID, "creationdate": fixedDate,
      ])
    for term in s.translation.glossary {
      xml.element("note", text: "glossary: \(term.source) → \(term.target) (\(term.entry))")
    }
    xml.element("prop", ["type": "x-padan-kind"], text: s.kind.rawValue)
    xml.element("prop", ["type": "x-padan-origin"], text: "machine-translation")
    xml.element("prop", ["type": "x-padan-engine"], text: h.engine)
    xml.open("tuv", ["xml:lang": "id"])
    xml.element("seg", text: s.source.replacingLineBreaks())
    xml.close()
    xml.open("tuv", ["xml:lang": "en"])
    xml.element("seg", text: s.target.replacingLineBreaks())
    xml.close()
    xml.close()
  }
}
