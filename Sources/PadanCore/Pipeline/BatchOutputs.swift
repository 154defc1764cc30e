/// How a batch turns a translated document into files, and reads back what an earlier
/// run wrote; `BatchOutputs.bilingualFiles` (in `Formats/`) is the one `padan translate`
/// uses.
///
/// The batch only decides which files to write and when to skip an input; the formats
/// themselves are written and read by the stage after it.
public struct BatchOutputs: Sendable {
  /// The files of a document in the given formats, as (suffix, bytes), `X.jsonl` last;
  /// the third argument is the input's bytes.
  public var files:
    @Sendable (BilingualDocument, [BilingualFormat], [UInt8]) -> [(
      suffix: String, bytes: [UInt8]
    )]
  /// The whole document in the `X.jsonl` at a path, or nil when it is missing, cut short
  /// or cannot be read.
  public var document: @Sendable (_ path: String) -> BilingualDocument?
  /// The project-level files of a run (`project.tmx`), made from the documents' output
  /// base paths (`OUT/X`, in job order) and the formats: (file name, bytes) pairs, or a
  /// problem when an output cannot be read back.
  public var project:
    @Sendable (_ bases: [String], [BilingualFormat]) -> Result<
      [(name: String, bytes: [UInt8])], Diagnostic
    >

  public init(
    files:
      @escaping @Sendable (BilingualDocument, [BilingualFormat], [UInt8]) -> [(
        suffix: String, bytes: [UInt8]
      )],
    document: @escaping @Sendable (_ path: String) -> BilingualDocument?,
    project:
      @escaping @Sendable (_ bases: [String], [BilingualFormat]) -> Result<
        [(name: String, bytes: [UInt8])], Diagnostic
      > = { _, _ in .success([]) }
  ) {
    self.files = files
    self.document = document
    self.project = project
  }
}
