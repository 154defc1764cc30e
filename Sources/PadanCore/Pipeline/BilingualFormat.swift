/// The output formats of `padan translate`, all written from one `BilingualDocument`.
public enum BilingualFormat: String, CaseIterable, Sendable, Hashable {
  /// `X.jsonl`: the canonical, lossless form (`BilingualJSONLWriter`).
  case jsonl
  /// `X.tmx`: TMX 1.4b translation memory (`TMXWriter`).
  case tmx
  /// `X.xlf`: XLIFF 2.1 with the glossary module (`XLIFFWriter`).
  case xliff
  /// `X.md`: a side-by-side document for reading (`BilingualMarkdownWriter`).
  case md
  /// `X.id.txt` and `X.en.txt`: line-aligned plain text (`ParallelTextWriter`).
  case txt

  /// The file name endings this format writes after the document's base name.
  public var suffixes: [String] {
    switch self {
    case .jsonl: [".jsonl"]
    case .tmx: [".tmx"]
    case .xliff: [".xlf"]
    case .md: [".md"]
    case .txt: [".id.txt", ".en.txt"]
    }
  }

  /// Parses a name as given on the command line (`xlf` is accepted for `xliff`).
  public init?(name: String) {
    switch name.lowercased() {
    case "xlf": self = .xliff
    case "markdown": self = .md
    default:
      guard let f = BilingualFormat(rawValue: name.lowercased()) else { return nil }
      self = f
    }
  }
}
