/// The streaming protocol of `padan translate --jsonl`.
///
/// Input lines are `{"id": string or integer, "text": string}`; each gives exactly one
/// output line `{"id", "segments": [...], "target": "..."}`, where the segments are
/// objects as in `X.jsonl` (byte ranges into the UTF-8 of `text`) and `target` is the
/// English laid out like the text (`BilingualAligner.layoutTarget`). A line that cannot be
/// processed gives `{"id": ..., "error": "..."}` and the stream goes on.
public enum TranslationStreamProtocol {
  /// Processes one input line.
  ///
  /// - Parameters:
  ///   - line: the bytes of one input line, without its line feed.
  ///   - number: 1-based line number on standard input, for messages.
  /// - Returns: the output line (without line feed) and an error message for stderr, if any.
  public static func respond(to line: [UInt8], number: Int, aligner: BilingualAligner) -> (
    output: String, error: String?
  ) {
    var bytes = line[...]
    if bytes.last == 0x0D { bytes = bytes.dropLast() }
    let value: JSONValue
    do {
      value = try JSONValue.parse(bytes)
    } catch {
      let message =
        "<stdin>:\(number):\(error.offset + 1): error: not a JSON object: \(error.message)"
      return ("{\"id\":null,\"error\":\(JSONText.quoted(message))}", message)
    }
    let id: String? =
      switch value["id"] {
      case .string(let s): JSONText.quoted(s)
      case .int(let i): String(i)
      default: nil
      }
    guard let id, case .string(let text)? = value["text"] else {
      let message =
        "<stdin>:\(number):1: error: expected {\"id\": string or integer, \"text\": string}"
      return ("{\"id\":\(id ?? "null"),\"error\":\(JSONText.quoted(message))}", message)
    }
    let source = SourceFile(path: "<stdin>:\(number)", bytes: Array(text.utf8))
    do {
      let (document, bilingual, _) = try aligner.align(source)
      var out = "{\"id\":\(id),\"segments\":["
      out += bilingual.segments.map(BilingualJSONLWriter.segmentLine).joined(separator: ",")
      out += "],\"target\":"
      out += JSONText.quoted(BilingualAligner.layoutTarget(of: document, bilingual)) + "}"
      return (out, nil)
    } catch {
      return ("{\"id\":\(id),\"error\":\(JSONText.quoted(error.description))}", error.description)
    }
  }
}
