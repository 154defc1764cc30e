/// Writes a glossary as TBX-Min: the TBX-Min data categories (terms, their administrative
/// status, notes) in the TBX core structure (`martif`, ISO 30042:2008), the form that
/// OmegaT and translate-toolkit read (neither reads the `<TBX dialect="TBX-Min">` form).
///
/// One `termEntry` per entry, `id="e<entry id>"`: the note as an entry-level `<note>`, a
/// `langSet xml:lang="id"` with the source (`administrativeStatus`
/// `preferredTerm-admn-sts`) and each variant (`admittedTerm-admn-sts`) as `tig`s, and a
/// `langSet xml:lang="en"` with the target and each forbidden English form
/// (`deprecatedTerm-admn-sts`). TBX-Min has no place for Padan's type and
/// case policy, so they are lost: on import every entry takes the `--type` given and that
/// type's default case policy. `Tests/Data/schemas/tbx-min-subset.dtd` describes exactly
/// this output.
struct TBXMinWriter {
  static let preferred = "preferredTerm-admn-sts"
  static let admitted = "admittedTerm-admn-sts"

  func write(_ glossary: Glossary) -> [UInt8] {
    var xml = XMLWriter()
    xml.open("martif", ["type": "TBX-Min", "xml:lang": "en"])
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
    xml.close()
    xml.open("text")
    xml.open("body")
    for entry in glossary.entries {
      xml.open("termEntry", ["id": "e\(entry.id)"])
      if !entry.note.isEmpty { xml.element("note", text: entry.note) }
      xml.open("langSet", ["xml:lang": "id"])
      for (k, form) in entry.forms.enumerated() {
        xml.open("tig")
        xml.element("term", text: form)
        xml.element(
          "termNote", ["type": "administrativeStatus"],
          text: k == 0 ? Self.preferred : Self.admitted
        )
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
}
