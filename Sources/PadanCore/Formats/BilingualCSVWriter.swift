/// Writes a bilingual document as CSV for review in a spreadsheet: RFC 4180 (CRLF record
/// ends, fields quoted only when needed), UTF-8 without a byte order mark, one header row
/// and one row per segment in document order.
///
/// Columns: `document` (the input path), `id`, `kind`, `source`, `target` (empty for
/// boilerplate), `origin` (`machine-translation <engine>`, `not translated`, or for English
/// from a reviewed segment `tm Reviewed/0001-x.tmx#4 (exact); reviewed` with a `stale: …`
/// part for each glossary entry that changed since the review),
/// `glossary` (every entry used, `source → target (file:line)`, joined by ` | `) and
/// `untranslated` (words left in Indonesian, joined by ` | `). Line breaks inside a
/// segment stay inside its quoted field.
public enum BilingualCSVWriter {
  public static let columns = [
    "document", "id", "kind", "source", "target", "origin", "glossary", "untranslated",
  ]

  public static func bytes(_ document: BilingualDocument) -> [UInt8] {
    var csv = CSVWriter(crlf: true)
    csv.append(columns)
    let h = document.header
    for s in document.segments {
      let translated = s.isTranslated
      csv.append([
        h.path, s.id, s.kind.rawValue, s.source, translated ? s.target : "",
        !translated
          ? "not translated"
          : s.translation.origin.map { origin in
            ([origin.summary, origin.state] + origin.stale.map { "stale: \($0.description)" })
              .joined(separator: "; ")
          } ?? "machine-translation \(h.engine)",
        s.translation.glossary.map { "\($0.source) → \($0.target) (\($0.entry))" }
          .joined(separator: " | "),
        s.translation.unknown.joined(separator: " | "),
      ])
    }
    return csv.bytes
  }
}
