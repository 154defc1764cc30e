/// One `{"id": string or integer, "text": string}` input line of a JSON Lines stream
/// (`padan segment --jsonl`, `padan translate --jsonl`), checked once for both.
///
/// What is accepted: one JSON object per line (RFC 8259: no trailing commas, no comments,
/// no key written twice), other keys ignored, a CR before the line feed ignored, a UTF-8
/// byte order mark at the very start of the stream ignored (its bytes still count in
/// columns), lines of only white space skipped.
public struct JSONLRecord: Sendable, Hashable {
  /// The id as written back: a JSON string literal or an integer.
  public var id: String
  /// The id as text (the string, or the integer's digits).
  public var name: String
  public var text: String
  /// 1-based line number in the stream.
  public var line: Int

  public init(id: String, name: String, text: String, line: Int) {
    self.id = id
    self.name = name
    self.text = text
    self.line = line
  }

  /// The record on one input line, or the reply that reports why there is none.
  ///
  /// - Parameters:
  ///   - bytes: the line without its line feed.
  ///   - number: its 1-based line number, for messages (`<stdin>:LINE:COLUMN`, column in
  ///     UTF-8 bytes of the line as read).
  public static func parse(_ bytes: ArraySlice<UInt8>, number: Int) -> Result<
    JSONLRecord, JSONLReply
  > {
    var body = bytes
    if body.last == 0x0D { body = body.dropLast() }
    if number == 1 && body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
    let value: JSONValue
    do {
      value = try JSONValue.parse(body)
    } catch {
      let column = body.startIndex - bytes.startIndex + error.offset + 1
      return .failure(
        .failure(
          id: nil,
          message: "<stdin>:\(number):\(column): error: not a JSON object: \(error.message)"))
    }
    let id: (json: String, name: String)? =
      switch value["id"] {
      case .string(let s): (JSONText.quoted(s), s)
      case .int(let i): (String(i), String(i))
      default: nil
      }
    guard let id, case .string(let text)? = value["text"] else {
      return .failure(
        .failure(
          id: id?.json,
          message:
            "<stdin>:\(number):1: error: expected {\"id\": string or integer, \"text\": string}"))
    }
    return .success(JSONLRecord(id: id.json, name: id.name, text: text, line: number))
  }

  /// Whether a line holds only spaces, tabs and a CR: such lines are skipped.
  public static func isBlank(_ bytes: some Sequence<UInt8>) -> Bool {
    bytes.allSatisfy { $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }
  }
}

/// The output line for one input line, and the message for standard error if it failed.
public struct JSONLReply: Error, Sendable, Hashable {
  /// The output line, without its line feed.
  public var output: String
  public var error: String?

  public init(output: String, error: String? = nil) {
    self.output = output
    self.error = error
  }

  /// `{"id": ID, "error": MESSAGE}` (`null` without an id), with the message for stderr.
  public static func failure(id: String?, message: String) -> JSONLReply {
    JSONLReply(
      output: "{\"id\":\(id ?? "null"),\"error\":\(JSONText.quoted(message))}", error: message)
  }
}
