internal import Foundation

/// A bilingual document as read for `padan diff`, with where it came from and how much
/// it records about the entries applied.
public struct BilingualFile: Sendable, Hashable {
  /// Where it was read, for messages and reports (`Output/x.jsonl`, `HEAD:Output/x.jsonl`).
  public var label: String
  /// `jsonl`, `tmx` or `xliff`.
  public var format: String
  public var records: UsageRecords
  public var document: BilingualDocument

  public init(label: String, format: String, records: UsageRecords, document: BilingualDocument) {
    self.label = label
    self.format = format
    self.records = records
    self.document = document
  }

  /// The file name endings `padan diff` reads in folders, richest record first: when a
  /// folder has `X.jsonl` and `X.xlf`, `X.jsonl` is compared.
  public static let suffixes = [".jsonl", ".xlf", ".xliff", ".tmx"]

  /// Reads `path`, recognising Padan JSONL, TMX or XLIFF by its first character.
  ///
  /// - Parameters:
  ///   - label: the name to report instead of `path` (for a file extracted from git).
  /// - Throws: `Diagnostic` at `FILE:LINE:COLUMN` for a file that cannot be read, is not a
  ///   bilingual file, or is malformed or truncated.
  ///   - onSegment: called with each segment as it is read (for TMX and XLIFF, while the
  ///     rest of the file is being parsed), in order, with its id as written in its unit
  ///     (the document's ids get a file prefix when an XLIFF has several files).
  public static func read(
    path: String, label: String? = nil, onSegment: ((BilingualSegment) -> Void)? = nil
  ) throws(Diagnostic) -> BilingualFile {
    let label = label ?? path
    do {
      return try readUnlabelled(path: path, label: label, onSegment: onSegment)
    } catch {
      guard label != path else { throw error }
      var relabelled = error
      if let location = error.location {
        relabelled.location = SourceLocation(
          path: label, line: location.line, column: location.column)
      }
      relabelled.message = relabelled.message.replacingOccurrences(of: path, with: label)
      throw relabelled
    }
  }

  private static func readUnlabelled(
    path: String, label: String, onSegment: ((BilingualSegment) -> Void)?
  ) throws(Diagnostic) -> BilingualFile {
    guard let handle = FileHandle(forReadingAtPath: path) else {
      var isDirectory: ObjCBool = false
      let exists = FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory)
      throw Diagnostic(
        .error, at: nil,
        "\(path): "
          + (exists
            ? (isDirectory.boolValue ? "is a directory" : "cannot read file")
            : "no such file or directory"))
    }
    let head = [UInt8](handle.readData(ofLength: 512))
    try? handle.close()
    var start = head.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
    while start < head.count, [0x20, 0x09, 0x0A, 0x0D].contains(head[start]) { start += 1 }
    let notBilingual = Diagnostic(
      .error, at: SourceLocation(path: label, line: 1, column: 1),
      "not a bilingual file: expected a Padan JSONL document, TMX or XLIFF")
    guard start < head.count else { throw notBilingual }
    switch head[start] {
    case UInt8(ascii: "{"):
      do {
        let document = try BilingualJSONLReader.read(path: path)
        if let onSegment { document.segments.forEach(onSegment) }
        return BilingualFile(label: label, format: "jsonl", records: .full, document: document)
      } catch {
        if error.location?.line == 1 {
          throw Diagnostic(
            .error, at: SourceLocation(path: path, line: 1, column: 1),
            "not a bilingual file: line 1 is not a Padan document header "
              + "({\"padan\":\"document\",…})")
        }
        throw error
      }
    case UInt8(ascii: "<"):
      guard let data = FileManager.default.contents(atPath: path) else {
        throw Diagnostic(.error, at: nil, "\(path): cannot read file")
      }
      return try BilingualXMLReader.read([UInt8](data), label: label, onSegment: onSegment)
    default:
      throw notBilingual
    }
  }
}
