/// The replies of `padan translate --jsonl`, the streaming translation protocol.
///
/// Input lines are `JSONLRecord`s (`{"id": string or integer, "text": string}`, read by
/// `JSONLStreamRunner`); each gives exactly one output line
/// `{"id", "segments": [...], "target": "..."}`, where the segments are objects as in
/// `X.jsonl` (byte ranges into the UTF-8 of `text`) and `target` is the English laid out
/// like the text (`BilingualAligner.layoutTarget`). A record that cannot be processed
/// gives `{"id": ..., "error": "..."}` and the stream goes on.
public enum TranslationStreamProtocol {
  /// The reply to one record.
  public static func respond(to record: JSONLRecord, aligner: BilingualAligner) -> JSONLReply {
    let source = SourceFile(path: "<stdin>:\(record.line)", bytes: Array(record.text.utf8))
    do {
      let (document, bilingual, _) = try aligner.align(source)
      var out = "{\"id\":\(record.id),\"segments\":["
      out += bilingual.segments.map(BilingualJSONLWriter.segmentLine).joined(separator: ",")
      out += "],\"target\":"
      out += JSONText.quoted(BilingualAligner.layoutTarget(of: document, bilingual)) + "}"
      return JSONLReply(output: out)
    } catch {
      return JSONLReply(
        output: "{\"id\":\(record.id),\"error\":\(JSONText.quoted(error.description))}",
        error: error.description)
    }
  }
}
