internal import Foundation

/// The segmentation batch protocol of `../shared/README.md`.
///
/// Input lines are `{"id": str, "text": str}`; each gives exactly one output line
/// `{"id", "sentences": [...], "kinds": [...], "ranges": [[start, end], ...]}` where each
/// sentence is the exact slice of the input text its segment covers (ranges are UTF-8
/// byte offsets into the text, 0-based). A line that cannot be processed gives
/// `{"id": ..., "error": "..."}` and the stream goes on.
public enum SegmentationProtocol {
  /// Processes one input line.
  ///
  /// - Parameters:
  ///   - line: the bytes of one input line, without its newline.
  ///   - number: 1-based line number on standard input, for messages.
  /// - Returns: the output line (without newline) and an error message for stderr, if any.
  public static func respond(
    to line: [UInt8], number: Int, segmenter: DocumentSegmenter
  ) -> (output: String, error: String?) {
    let object: Any
    do {
      object = try JSONSerialization.jsonObject(with: Data(line), options: [])
    } catch {
      let message = "<stdin>:\(number):1: error: not a JSON object: \(error.localizedDescription)"
      return ("{\"id\":null,\"error\":\(JSONText.quoted(message))}", message)
    }
    guard let record = object as? [String: Any], let id = record["id"] as? String,
      let text = record["text"] as? String
    else {
      let message = "<stdin>:\(number):1: error: expected {\"id\": string, \"text\": string}"
      let id = ((object as? [String: Any])?["id"] as? String).map(JSONText.quoted) ?? "null"
      return ("{\"id\":\(id),\"error\":\(JSONText.quoted(message))}", message)
    }
    let source = SourceFile(path: id, bytes: Array(text.utf8))
    let document: Document
    do {
      (document, _) = try segmenter.document(from: source)
    } catch {
      return (
        "{\"id\":\(JSONText.quoted(id)),\"error\":\(JSONText.quoted(error.description))}",
        error.description
      )
    }
    let slices = document.originalSlices()
    var out = "{\"id\":\(JSONText.quoted(id)),\"sentences\":["
    out += slices.map { JSONText.quoted($0.text) }.joined(separator: ",")
    out += "],\"kinds\":["
    out += slices.map { "\"\($0.kind.rawValue)\"" }.joined(separator: ",")
    out += "],\"ranges\":["
    out += slices.map { "[\($0.range.start),\($0.range.end)]" }.joined(separator: ",")
    out += "]}"
    return (out, nil)
  }
}
