/// How a batch turns a translated document into files, and reads back what an earlier
/// run wrote; `BatchOutputs.bilingualFiles` (in `Formats/`) is the one `padan translate`
/// uses.
///
/// The batch only decides which files to write and when to skip an input; the formats
/// themselves are written and read by the stage after it.
public struct BatchOutputs: Sendable {
  /// The files of a document in the given formats, as (suffix, bytes), `X.jsonl` last.
  public var files:
    @Sendable (BilingualDocument, [BilingualFormat]) -> [(suffix: String, bytes: [UInt8])]
  /// The whole document in the `X.jsonl` at a path, or nil when it is missing, cut short
  /// or cannot be read.
  public var document: @Sendable (_ path: String) -> BilingualDocument?

  public init(
    files:
      @escaping @Sendable (BilingualDocument, [BilingualFormat]) -> [(
        suffix: String, bytes: [UInt8]
      )],
    document: @escaping @Sendable (_ path: String) -> BilingualDocument?
  ) {
    self.files = files
    self.document = document
  }
}
