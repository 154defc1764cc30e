/// A glossary file format of another tool, for `padan glossary export` and `import`.
///
/// Every format is written deterministically (same glossary, same bytes) and read back
/// with every problem reported as a `Diagnostic` at `FILE:LINE:COLUMN` (1-based, column in
/// UTF-8 bytes). What each format keeps:
///
/// | format | keeps | loses |
/// |---|---|---|
/// | `deepl` | source, target, variants (extra rows with the same target) | type, case, note |
/// | `google` | source, target, variants (extra rows), note (`description`) | type, case |
/// | `amazon` | source, target, variants (extra rows with the same target) | type, case, note |
/// | `omegat` | source, target, variants (extra lines), note (the comment) | type, case |
/// | `tbx` | everything | nothing (origins and ids are renumbered on import) |
/// | `tbxMin` | source, target, variants, note | type, case |
public enum GlossaryExchangeFormat: String, CaseIterable, Sendable {
  /// DeepL glossary CSV: `source,target` rows, no header, RFC 4180 quoting (its
  /// tab-separated form is read too).
  case deepl
  /// Google Cloud Translation equivalent-term-sets CSV: header `id,en,description`, one row
  /// per form (a unidirectional file, two columns without a header, is read too).
  case google
  /// Amazon Translate custom terminology CSV: header `id,en`, then `source,target` rows.
  case amazon
  /// OmegaT glossary: `source<TAB>target<TAB>comment` lines, UTF-8, no header.
  case omegat
  /// TBX-Basic in the TBX 2008 (ISO 30042) `martif` form, lossless for Padan.
  case tbx
  /// TBX-Min (`<TBX dialect="TBX-Min">`).
  case tbxMin = "tbx-min"

  /// The glossary in this format.
  ///
  /// - Returns: the file's bytes, UTF-8; the same glossary always gives the same bytes.
  public func write(_ glossary: Glossary) -> [UInt8] {
    switch self {
    case .deepl: GlossaryCSVFormat(dialect: .deepl).write(glossary)
    case .google: GlossaryCSVFormat(dialect: .google).write(glossary)
    case .amazon: GlossaryCSVFormat(dialect: .amazon).write(glossary)
    case .omegat: OmegaTGlossaryFormat().write(glossary)
    case .tbx: TBXWriter().write(glossary)
    case .tbxMin: TBXMinWriter().write(glossary)
    }
  }

  /// Reads a file in this format.
  ///
  /// - Parameters:
  ///   - bytes: the whole file.
  ///   - path: the file's path as the user gave it, for origins and messages.
  ///   - defaultKind: the type of entries whose file does not say (every format but `tbx`).
  /// - Returns: the entries in file order (ids from 0, origins in `path`) and every problem.
  ///   Rows or entries with errors are left out; an empty file is an empty glossary.
  public func read(_ bytes: [UInt8], path: String, defaultKind: GlossaryEntry.Kind = .term)
    -> (Glossary, [Diagnostic])
  {
    let (glossary, problems) = unsortedRead(bytes, path: path, defaultKind: defaultKind)
    return (glossary, problems.sortedByLocation())
  }

  private func unsortedRead(_ bytes: [UInt8], path: String, defaultKind: GlossaryEntry.Kind)
    -> (Glossary, [Diagnostic])
  {
    switch self {
    case .deepl:
      GlossaryCSVFormat(dialect: .deepl).read(bytes, path: path, defaultKind: defaultKind)
    case .google:
      GlossaryCSVFormat(dialect: .google).read(bytes, path: path, defaultKind: defaultKind)
    case .amazon:
      GlossaryCSVFormat(dialect: .amazon).read(bytes, path: path, defaultKind: defaultKind)
    case .omegat: OmegaTGlossaryFormat().read(bytes, path: path, defaultKind: defaultKind)
    case .tbx: TBXReader().read(bytes, path: path, defaultKind: defaultKind)
    case .tbxMin: TBXMinReader().read(bytes, path: path, defaultKind: defaultKind)
    }
  }
}
