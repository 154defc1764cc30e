/// Writes a glossary as a Padan glossary file (`source  target  type  case  variants
/// note`, tab-separated, with the header row), the form `Glossary.parse` reads.
///
/// The case column is left empty when the entry has its type's default policy. A field
/// cannot hold a tab or line break, a variant cannot hold `|`, and a line cannot start
/// with `#`; such entries are reported (at their origin) and changed or left out.
public struct GlossaryTSVWriter {
  public init() {}

  /// The file's bytes and the problems found.
  public func write(_ glossary: Glossary) -> ([UInt8], [Diagnostic]) {
    var problems: [Diagnostic] = []
    var text = Glossary.columns.joined(separator: "\t") + "\n"
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
      let fields = [
        flat(entry.source, "source"), flat(entry.target, "target"), entry.kind.rawValue,
        entry.casePolicy == entry.kind.defaultCasePolicy ? "" : entry.casePolicy.rawValue,
        variants.joined(separator: "|"), flat(entry.note, "note"),
      ]
      text += fields.joined(separator: "\t") + "\n"
    }
    return (Array(text.utf8), problems)
  }
}
