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
    var output = ""
    let error = respond(to: record, aligner: aligner) { output += $0 }
    return JSONLReply(output: output, error: error)
  }

  /// The reply to one record, handed to `write` in pieces as the segments are translated
  /// (one piece per segment), so that a huge record is never held whole.
  ///
  /// - Returns: the error message for stderr, if any.
  public static func respond(
    to record: JSONLRecord, aligner: BilingualAligner, write: (String) -> Void
  ) -> String? {
    let source = SourceFile(path: "<stdin>:\(record.line)", bytes: Array(record.text.utf8))
    var layout = TargetLayout()
    var first = true
    do {
      _ = try aligner.alignSegments(source) { segment, bilingual in
        write(
          (first ? "{\"id\":\(record.id),\"segments\":[" : ",")
            + BilingualJSONLWriter.segmentLine(bilingual))
        first = false
        layout.add(segment, bilingual)
      }
    } catch {
      write("{\"id\":\(record.id),\"error\":\(JSONText.quoted(error.description))}")
      return error.description
    }
    if first { write("{\"id\":\(record.id),\"segments\":[") }
    write("],\"target\":" + JSONText.quoted(layout.text) + "}")
    return nil
  }
}
