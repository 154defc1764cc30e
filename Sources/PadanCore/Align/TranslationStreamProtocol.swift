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
    var output = ""
    let error = respond(to: line, number: number, aligner: aligner) { output += $0 }
    return (output, error)
  }

  /// Processes one input line, handing the output line to `write` in pieces as the
  /// segments are translated (one piece per segment), so that a huge record is never held
  /// whole.
  ///
  /// - Returns: an error message for stderr, if any.
  public static func respond(
    to line: [UInt8], number: Int, aligner: BilingualAligner, write: (String) -> Void
  ) -> String? {
    var bytes = line[...]
    if bytes.last == 0x0D { bytes = bytes.dropLast() }
    let value: JSONValue
    do {
      value = try JSONValue.parse(bytes)
    } catch {
      let message =
        "<stdin>:\(number):\(error.offset + 1): error: not a JSON object: \(error.message)"
      write("{\"id\":null,\"error\":\(JSONText.quoted(message))}")
      return message
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
      write("{\"id\":\(id ?? "null"),\"error\":\(JSONText.quoted(message))}")
      return message
    }
    let source = SourceFile(path: "<stdin>:\(number)", bytes: Array(text.utf8))
    var layout = TargetLayout()
    var first = true
    do {
      _ = try aligner.alignSegments(source) { segment, bilingual in
        write(
          (first ? "{\"id\":\(id),\"segments\":[" : ",")
            + BilingualJSONLWriter.segmentLine(bilingual))
        first = false
        layout.add(segment, bilingual)
      }
    } catch {
      write("{\"id\":\(id),\"error\":\(JSONText.quoted(error.description))}")
      return error.description
    }
    if first { write("{\"id\":\(id),\"segments\":[") }
    write("],\"target\":" + JSONText.quoted(layout.text) + "}")
    return nil
  }

  /// The output for an input line longer than `limit` bytes, which is not translated.
  public static func tooLong(number: Int, limit: Int) -> (output: String, error: String) {
    let message =
      "<stdin>:\(number):1: error: a record longer than \(limit >> 20) MiB is not translated"
    return ("{\"id\":null,\"error\":\(JSONText.quoted(message))}", message)
  }
}
