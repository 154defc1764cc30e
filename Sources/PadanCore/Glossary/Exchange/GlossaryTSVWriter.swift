/// Writes a glossary as a Padan glossary file (`source  target  type  case  variants
/// note`, and `forbidden` in the header and in the rows that have forbidden English;
/// tab-separated, with the header row), the form `Glossary.parse` reads.
///
/// The case column is left empty when the entry has its type's default policy. A field
/// cannot hold a tab or line break, a variant cannot hold `|`, and a line cannot start
/// with `#`; such entries are reported (at their origin) and changed or left out.
public struct GlossaryTSVWriter {
  public init() {}

  /// The file's bytes and the problems found.
  public func write(_ glossary: Glossary) -> ([UInt8], [Diagnostic]) {
    var problems: [Diagnostic] = []
    let withForbidden = glossary.entries.contains { !$0.forbidden.isEmpty }
    let header = withForbidden ? Glossary.columns : Glossary.basicColumns
    var text = header.joined(separator: "\t") + "\n"
    for entry in glossary.entries {
      func flat(_ field: String, _ name: String) -> String {
        let flat = OmegaTGlossaryFormat.flattened(field)
        if flat != field {
          problems.append(
            Diagnostic(.warning, at: entry.origin, "\(name) had tabs or line breaks, now spaces"))
        }
        return flat
      }
      if entry.source.hasPrefix("#") {
        problems.append(
          Diagnostic(
            .error, at: entry.origin,
            "source '\(entry.source)' starts with '#', which a glossary file reads as a comment; left out"
          ))
        continue
      }
      var variants: [String] = []
      for variant in entry.variants {
        if variant.contains("|") {
          problems.append(
            Diagnostic(
              .warning, at: entry.origin, "variant '\(variant)' contains '|'; left out"))
        } else {
          variants.append(flat(variant, "a variant"))
        }
      }
      var forbidden: [String] = []
      for form in entry.forbidden {
        if form.contains("|") {
          problems.append(
            Diagnostic(
              .warning, at: entry.origin, "forbidden '\(form)' contains '|'; left out"))
        } else {
          forbidden.append(flat(form, "a forbidden form"))
        }
      }
      var fields = [
        flat(entry.source, "source"), flat(entry.target, "target"), entry.kind.rawValue,
        entry.casePolicy == entry.kind.defaultCasePolicy ? "" : entry.casePolicy.rawValue,
        variants.joined(separator: "|"), flat(entry.note, "note"),
      ]
      if !forbidden.isEmpty { fields.append(forbidden.joined(separator: "|")) }
      text += fields.joined(separator: "\t") + "\n"
    }
    return (Array(text.utf8), problems)
  }
}
