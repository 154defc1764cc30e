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
          id: recoveredID(body),
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

  /// The id of a line that is not valid JSON, when it can still be read: the first
  /// `"id"` key (not inside an escaped quote) followed by `:` and a string literal without
  /// escapes or an integer, as in a record cut short (`{"id": "a7", "text": "Rusia`).
  /// Returned as it would be written back (a JSON string literal or the digits).
  static func recoveredID(_ bytes: ArraySlice<UInt8>) -> String? {
    let key = Array("\"id\"".utf8)
    var i = bytes.startIndex
    while i + key.count <= bytes.endIndex {
      defer { i += 1 }
      guard bytes[i..<(i + key.count)].elementsEqual(key) else { continue }
      if i > bytes.startIndex && bytes[i - 1] == 0x5C { continue }  // \"id\" inside a string
      var j = i + key.count
      func skipSpace() { while j < bytes.endIndex, [0x20, 0x09].contains(bytes[j]) { j += 1 } }
      skipSpace()
      guard j < bytes.endIndex, bytes[j] == 0x3A else { continue }
      j += 1
      skipSpace()
      guard j < bytes.endIndex else { return nil }
      if bytes[j] == 0x22 {
        let start = j + 1
        var end = start
        while end < bytes.endIndex, bytes[end] != 0x22, bytes[end] != 0x5C, bytes[end] >= 0x20 {
          end += 1
        }
        guard end < bytes.endIndex, bytes[end] == 0x22,
          let text = String(validating: bytes[start..<end], as: UTF8.self)
        else { return nil }
        return JSONText.quoted(text)
      }
      var end = j
      if end < bytes.endIndex, bytes[end] == 0x2D { end += 1 }
      let digits = end
      while end < bytes.endIndex, (0x30...0x39).contains(bytes[end]) { end += 1 }
      guard end > digits, end - digits <= 18 else { return nil }
      if end < bytes.endIndex, ![0x2C, 0x7D, 0x20, 0x09, 0x0D].contains(bytes[end]) { return nil }
      return String(decoding: bytes[j..<end], as: UTF8.self)
    }
    return nil
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

  /// `{"id": ID, "error": MESSAGE}` (`null` when no id can be read), with the message for
  /// stderr.
  public static func failure(id: String?, message: String) -> JSONLReply {
    JSONLReply(
      output: "{\"id\":\(id ?? "null"),\"error\":\(JSONText.quoted(message))}", error: message)
  }
}
