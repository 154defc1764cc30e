/// Writes a glossary as TBX-Min (`<TBX dialect="TBX-Min">`).
///
/// One `conceptEntry` per entry, `id="e<entry id>"`: a `langSec xml:lang="id"` with the
/// source (`termStatus` `preferred`, and the note as its `<note>`) and each variant
/// (`admitted`) as `termSec`s, and a `langSec xml:lang="en"` with the target. TBX-Min has
/// no place for Padan's type and case policy, so they are lost: on import every entry
/// takes the `--type` given and that type's default case policy.
struct TBXMinWriter {
  func write(_ glossary: Glossary) -> [UInt8] {
    var xml = XMLWriter()
    xml.open("TBX", ["dialect": "TBX-Min"])
    xml.open("header")
    xml.element("id", text: "padan-glossary")
    xml.element(
      "description",
      text:
        "Padan glossary export, Indonesian (id) to English (en), \(counted(glossary.entries.count, "entry", "entries"))"
    )
    xml.element("languages", ["source": "id", "target": "en"])
    xml.close()
    xml.open("body")
    for entry in glossary.entries {
      xml.open("conceptEntry", ["id": "e\(entry.id)"])
      xml.open("langSec", ["xml:lang": "id"])
      for (k, form) in entry.forms.enumerated() {
        xml.open("termSec")
        xml.element("term", text: form)
        xml.element("termStatus", text: k == 0 ? "preferred" : "admitted")
        if k == 0 && !entry.note.isEmpty { xml.element("note", text: entry.note) }
        xml.close()
      }
      xml.close()
      xml.open("langSec", ["xml:lang": "en"])
      xml.open("termSec")
      xml.element("term", text: entry.target)
      xml.close()
      xml.close()
      xml.close()
    }
    xml.close()
    xml.close()
    return Array(xml.text.utf8)
  }
}
