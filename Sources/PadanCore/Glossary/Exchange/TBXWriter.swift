/// Writes a glossary as TBX-Basic in the TBX 2008 (ISO 30042) `martif` form.
///
/// One `termEntry` per entry, `id="e<entry id>"`, holding in this order (the order the
/// TBX core structure requires: entry-level data, then language sections):
///
/// - `<note>Padan type: person</note>` and `<note>Padan case: sensitive</note>`: Padan's
///   entry type and case policy (always written, so an override and a default both
///   survive). They are notes, a data category TBX-Basic has, so the file uses only the
///   categories of the TBX-Basic XCS it names;
/// - `<note>` with the entry's own note, when it has one;
/// - `<langSet xml:lang="id">`: the source as a `tig` with `termType` `fullForm`, then each
///   variant as a `tig` with `termType` `abbreviation` (all capitals, or shorter than 6
///   characters) or `variant`;
/// - `<langSet xml:lang="en">`: the target, then each forbidden English form as a `tig`
///   with `administrativeStatus` `deprecatedTerm-admn-sts` (TBX-Basic's status for a term
///   not to be used).
///
/// `TBXReader` reads them back, so export and import give the same glossary.
/// `Tests/Data/schemas/tbx-basic-subset.dtd` describes exactly this output.
struct TBXWriter {
  func write(_ glossary: Glossary) -> [UInt8] {
    var xml = XMLWriter()
    xml.open("martif", ["type": "TBX-Basic", "xml:lang": "en"])
    xml.open("martifHeader")
    xml.open("fileDesc")
    xml.open("sourceDesc")
    xml.element(
      "p",
      text:
        "Padan glossary export, Indonesian (id) to English (en), \(counted(glossary.entries.count, "entry", "entries"))"
    )
    xml.close()
    xml.close()
    xml.open("encodingDesc")
    xml.element("p", ["type": "XCSURI"], text: "TBXBasicXCSV02.xcs")
    xml.close()
    xml.close()
    xml.open("text")
    xml.open("body")
    for entry in glossary.entries {
      xml.open("termEntry", ["id": "e\(entry.id)"])
      xml.element("note", text: TBXReader.typeNote + entry.kind.rawValue)
      xml.element("note", text: TBXReader.caseNote + entry.casePolicy.rawValue)
      if !entry.note.isEmpty { xml.element("note", text: entry.note) }
      xml.open("langSet", ["xml:lang": "id"])
      for (k, form) in entry.forms.enumerated() {
        xml.open("tig")
        xml.element("term", text: form)
        let type = k == 0 ? "fullForm" : Self.isAbbreviation(form) ? "abbreviation" : "variant"
        xml.element("termNote", ["type": "termType"], text: type)
        xml.close()
      }
      xml.close()
      xml.open("langSet", ["xml:lang": "en"])
      xml.open("tig")
      xml.element("term", text: entry.target)
      xml.close()
      for form in entry.forbidden {
        xml.open("tig")
        xml.element("term", text: form)
        xml.element(
          "termNote", ["type": "administrativeStatus"], text: TBXReader.deprecated)
        xml.close()
      }
      xml.close()
      xml.close()
    }
    xml.close()
    xml.close()
    xml.close()
    return Array(xml.text.utf8)
  }

  /// A variant written in capitals (`AS`, `PBB`) or shorter than 6 characters (`Sekjen` is
  /// not; `Menlu` is).
  static func isAbbreviation(_ form: String) -> Bool {
    if form.count < 6 { return true }
    let hasLetter = form.contains { $0.isLetter }
    return hasLetter && !form.contains { $0.isLowercase }
  }
}
