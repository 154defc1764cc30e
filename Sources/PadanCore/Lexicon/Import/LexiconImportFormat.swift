/// A bilingual dictionary format `padan lexicon import` reads.
///
/// | format | files | direction | equivalents ordered |
/// |---|---|---|---|
/// | `tsv` | one table, tab- or comma-separated | Indonesian → English | as the file gives them |
/// | `freedict` | dictd `NAME.index` + `NAME.dict(.dz)`, or TEI `.tei` | English → Indonesian, reversed | by senses pointing to the lemma, then alphabetically |
public enum LexiconImportFormat: String, CaseIterable, Sendable {
  /// `indonesian, english[, pos]` rows, with or without a header (`BilingualTableReader`).
  case tsv
  /// A FreeDict English → Indonesian dictionary such as Debian's `dict-freedict-eng-ind`
  /// (`FreeDictDictdReader`, `FreeDictTEIReader`).
  case freedict

  /// The files to read for `path`, in the order `read(_:)` wants them.
  ///
  /// For `freedict`, a path ending in `.tei` or `.xml` is TEI; otherwise `path` may name
  /// the dictd index, the data file or their common stem (`/usr/share/dictd/freedict-eng-ind`),
  /// and both are needed; failing that, an existing file is read as TEI.
  ///
  /// - Parameter exists: whether a file exists (the caller's file system).
  /// - Returns: the paths, or an error naming what is missing.
  public func files(for path: String, exists: (String) -> Bool) -> Result<[String], Diagnostic> {
    switch self {
    case .tsv:
      return exists(path) ? .success([path]) : .failure(Self.missing(path))
    case .freedict:
      if path.hasSuffix(".tei") || path.hasSuffix(".xml") {
        return exists(path) ? .success([path]) : .failure(Self.missing(path))
      }
      if let (index, dict) = DictdReader.files(for: path, exists: exists) {
        return .success([index, dict])
      }
      if exists(path) && !path.hasSuffix(".index") && !path.hasSuffix(".dict")
        && !path.hasSuffix(".dict.dz")
      {
        return .success([path])
      }
      return .failure(
        Diagnostic(
          .error, at: nil,
          "\(path): no dictd dictionary there (NAME.index with NAME.dict.dz or NAME.dict) and no TEI file"
        ))
    }
  }

  /// Reads the files `files(for:exists:)` named.
  ///
  /// - Parameter files: each path with the file's whole bytes.
  /// - Returns: the pairs found, the items skipped and every problem (sorted by location).
  ///   With an error among the problems, the pairs are incomplete and should not be used.
  public func read(_ files: [(path: String, bytes: [UInt8])]) -> LexiconImportSource {
    var source: LexiconImportSource
    switch (self, files.count) {
    case (.tsv, 1):
      source = BilingualTableReader(path: files[0].path).read(files[0].bytes)
    case (.freedict, 1):
      source = FreeDictTEIReader(path: files[0].path).read(files[0].bytes)
    case (.freedict, 2):
      source = FreeDictDictdReader(indexPath: files[0].path, dictPath: files[1].path)
        .read(index: files[0].bytes, dict: files[1].bytes)
    default:
      preconditionFailure("\(files.count) files for the \(rawValue) format")
    }
    source.problems = source.problems.sortedByLocation()
    return source
  }

  private static func missing(_ path: String) -> Diagnostic {
    Diagnostic(.error, at: nil, "\(path): no such file or directory")
  }
}
