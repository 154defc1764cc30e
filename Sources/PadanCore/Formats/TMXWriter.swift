/// Writes a bilingual document as TMX 1.4b: one `tu` per translated segment
/// (boilerplate and segments without English are left out).
///
/// The header carries the attributes TMX requires (`creationtool`,
/// `creationtoolversion`, `segtype="sentence"`, `o-tmf`, `adminlang`, `srclang="id"`,
/// `datatype="plaintext"`) and no date, so equal documents give equal bytes. Padan's
/// document data are `prop`s of type `x-padan-*`; each `tu` has `tuid` = the segment id
/// and its kind as a `prop`. Text is plain (no inline codes), escaped for XML.
public enum TMXWriter {
  public static func text(_ document: BilingualDocument) -> String {
    var xml = XMLWriter()
    xml.open("tmx", ["version": "1.4"])
    xml.open(
      "header",
      [
        "creationtool": "Padan", "creationtoolversion": document.header.version,
        "segtype": "sentence", "o-tmf": "Padan JSONL", "adminlang": "en", "srclang": "id",
        "datatype": "plaintext",
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
      xml.open("tu", ["tuid": s.id])
      xml.element("prop", ["type": "x-padan-kind"], text: s.kind.rawValue)
      xml.open("tuv", ["xml:lang": "id"])
      xml.element("seg", text: s.source.replacingLineBreaks())
      xml.close()
      xml.open("tuv", ["xml:lang": "en"])
      xml.element("seg", text: s.target.replacingLineBreaks())
      xml.close()
      xml.close()
    }
    xml.close()
    xml.close()
    return xml.text
  }
}
