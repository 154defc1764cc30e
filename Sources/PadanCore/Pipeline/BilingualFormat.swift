/// The output formats of `padan translate`, all written from one `BilingualDocument`.
public enum BilingualFormat: String, CaseIterable, Sendable, Hashable {
  /// `X.jsonl`: the canonical, lossless form (`BilingualJSONLWriter`).
  case jsonl
  /// `X.tmx`: TMX 1.4b translation memory (`TMXWriter`).
  case tmx
  /// `X.xlf`: XLIFF 2.1 with the glossary module (`XLIFFWriter`).
  case xliff
  /// `X.xliff`: XLIFF 1.2, strict schema, for tools that read only 1.2 (`XLIFF12Writer`).
  case xliff12
  /// `X.md`: a side-by-side document for reading (`BilingualMarkdownWriter`).
  case md
  /// `X.id.txt` and `X.en.txt`: line-aligned plain text (`ParallelTextWriter`).
  case txt
  /// `X.csv`: one row per segment for review in a spreadsheet (`BilingualCSVWriter`).
  /// Written only when asked for.
  case csv

  /// The formats `padan translate` writes when none are named: all but `csv`.
  public static let defaults: [BilingualFormat] = allCases.filter { $0 != .csv }

  /// The file name endings this format writes after the document's base name.
  public var suffixes: [String] {
    switch self {
    case .jsonl: [".jsonl"]
    case .tmx: [".tmx"]
    case .xliff: [".xlf"]
    case .xliff12: [".xliff"]
    case .md: [".md"]
    case .txt: [".id.txt", ".en.txt"]
    case .csv: [".csv"]
    }
  }

  /// Parses a name as given on the command line (`xlf` and `xliff21` are accepted for
  /// `xliff`, `xliff1.2` for `xliff12`).
  public init?(name: String) {
    switch name.lowercased() {
    case "xlf", "xliff21", "xliff2": self = .xliff
    case "xliff1.2", "xliff1": self = .xliff12
    case "markdown": self = .md
    default:
      guard let f = BilingualFormat(rawValue: name.lowercased()) else { return nil }
      self = f
    }
  }
}
