/// The replies of `padan segment --jsonl`, the segmentation batch protocol.
///
/// Input lines are `JSONLRecord`s (`{"id": string or integer, "text": string}`, read by
/// `JSONLStreamRunner`); each gives exactly one output line
/// `{"id", "sentences": [...], "kinds": [...], "ranges": [[start, end], ...]}` where each
/// sentence is the exact slice of the input text its segment covers (ranges are UTF-8
/// byte offsets into the text, 0-based). A record that cannot be processed gives
/// `{"id": ..., "error": "..."}` and the stream goes on.
public enum SegmentationProtocol {
  /// The reply to one record.
  public static func respond(to record: JSONLRecord, segmenter: DocumentSegmenter) -> JSONLReply {
    let source = SourceFile(path: record.name, bytes: Array(record.text.utf8))
    let document: Document
    do {
      (document, _) = try segmenter.document(from: source)
    } catch {
      return JSONLReply(
        output: "{\"id\":\(record.id),\"error\":\(JSONText.quoted(error.description))}",
        error: error.description)
    }
    let slices = document.originalSlices()
    var out = "{\"id\":\(record.id),\"sentences\":["
    out += slices.map { JSONText.quoted($0.text) }.joined(separator: ",")
    out += "],\"kinds\":["
    out += slices.map { "\"\($0.kind.rawValue)\"" }.joined(separator: ",")
    out += "],\"ranges\":["
    out += slices.map { "[\($0.range.start),\($0.range.end)]" }.joined(separator: ",")
    out += "]}"
    return JSONLReply(output: out)
  }
}
