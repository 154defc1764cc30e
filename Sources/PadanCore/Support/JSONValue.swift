/// A parsed JSON value, for reading Padan's own JSON lines strictly and with positions.
///
/// Strict RFC 8259: no trailing commas, no comments, no byte order mark, and no key written
/// twice in one object (an error at the second, since readers would disagree on which
/// one counts).
///
/// Objects keep their keys in the order written. Numbers are kept as integers when they
/// are written as integers (no fraction, no exponent) and fit in an `Int`.
public enum JSONValue: Hashable, Sendable {
  case null
  case bool(Bool)
  case int(Int)
  case double(Double)
  case string(String)
  case array([JSONValue])
  case object([(key: String, value: JSONValue)])

  public static func == (a: JSONValue, b: JSONValue) -> Bool {
    switch (a, b) {
    case (.null, .null): true
    case (.bool(let x), .bool(let y)): x == y
    case (.int(let x), .int(let y)): x == y
    case (.double(let x), .double(let y)): x == y
    case (.string(let x), .string(let y)): x == y
    case (.array(let x), .array(let y)): x == y
    case (.object(let x), .object(let y)):
      x.count == y.count && zip(x, y).allSatisfy { $0.key == $1.key && $0.value == $1.value }
    default: false
    }
  }

  public func hash(into hasher: inout Hasher) {
    switch self {
    case .null: hasher.combine(0)
    case .bool(let x): hasher.combine(x)
    case .int(let x): hasher.combine(x)
    case .double(let x): hasher.combine(x)
    case .string(let x): hasher.combine(x)
    case .array(let x): hasher.combine(x)
    case .object(let x):
      for (key, value) in x {
        hasher.combine(key)
        hasher.combine(value)
      }
    }
  }

  /// The value of `key` in an object; nil otherwise.
  public subscript(key: String) -> JSONValue? {
    guard case .object(let pairs) = self else { return nil }
    return pairs.first { $0.key == key }?.value
  }

  public var string: String? {
    if case .string(let s) = self { return s }
    return nil
  }

  public var int: Int? {
    if case .int(let i) = self { return i }
    return nil
  }

  public var array: [JSONValue]? {
    if case .array(let a) = self { return a }
    return nil
  }

  /// A JSON syntax error at a UTF-8 byte offset into the parsed text (0-based).
  public struct SyntaxError: Error, Sendable, Hashable {
    public var offset: Int
    public var message: String
  }

  /// Parses exactly one JSON value (white space around it allowed).
  ///
  /// - Throws: `SyntaxError` with the byte offset of the first problem.
  /// - Complexity: O(n).
  public static func parse(_ bytes: some Collection<UInt8>) throws(SyntaxError) -> JSONValue {
    var parser = JSONParser(bytes: Array(bytes))
    parser.skipSpace()
    let value = try parser.value(depth: 0)
    parser.skipSpace()
    if parser.position < parser.bytes.count {
      throw SyntaxError(offset: parser.position, message: "unexpected text after the JSON value")
    }
    return value
  }
}

private struct JSONParser {
  let bytes: [UInt8]
  var position = 0

  init(bytes: [UInt8]) { self.bytes = bytes }

  mutating func skipSpace() {
    while position < bytes.count {
      switch bytes[position] {
      case 0x20, 0x09, 0x0A, 0x0D: position += 1
      default: return
      }
    }
  }

  func fail(_ message: String, at offset: Int? = nil) -> JSONValue.SyntaxError {
    JSONValue.SyntaxError(offset: offset ?? position, message: message)
  }

  mutating func value(depth: Int) throws(JSONValue.SyntaxError) -> JSONValue {
    guard depth < 512 else { throw fail("nesting too deep") }
    guard position < bytes.count else { throw fail("unexpected end of text") }
    switch bytes[position] {
    case UInt8(ascii: "{"): return try object(depth: depth)
    case UInt8(ascii: "["): return try array(depth: depth)
    case UInt8(ascii: "\""): return .string(try string())
    case UInt8(ascii: "t"): return try literal("true", .bool(true))
    case UInt8(ascii: "f"): return try literal("false", .bool(false))
    case UInt8(ascii: "n"): return try literal("null", .null)
    case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return try number()
    default: throw fail("unexpected character")
    }
  }

  mutating func literal(_ word: String, _ value: JSONValue) throws(JSONValue.SyntaxError)
    -> JSONValue
  {
    for b in word.utf8 {
      guard position < bytes.count, bytes[position] == b else { throw fail("invalid literal") }
      position += 1
    }
    return value
  }

  mutating func object(depth: Int) throws(JSONValue.SyntaxError) -> JSONValue {
    position += 1
    var pairs: [(key: String, value: JSONValue)] = []
    skipSpace()
    if position < bytes.count && bytes[position] == UInt8(ascii: "}") {
      position += 1
      return .object(pairs)
    }
    while true {
      skipSpace()
      guard position < bytes.count, bytes[position] == UInt8(ascii: "\"") else {
        throw fail(position < bytes.count ? "expected a key string" : "unexpected end of text")
      }
      let keyStart = position
      let key = try string()
      if pairs.contains(where: { $0.key == key }) {
        throw fail("duplicate key \"\(key)\"", at: keyStart)
      }
      skipSpace()
      guard position < bytes.count, bytes[position] == UInt8(ascii: ":") else {
        throw fail(position < bytes.count ? "expected ':'" : "unexpected end of text")
      }
      position += 1
      skipSpace()
      pairs.append((key, try value(depth: depth + 1)))
      skipSpace()
      guard position < bytes.count else { throw fail("unexpected end of text") }
      if bytes[position] == UInt8(ascii: ",") {
        position += 1
      } else if bytes[position] == UInt8(ascii: "}") {
        position += 1
        return .object(pairs)
      } else {
        throw fail("expected ',' or '}'")
      }
    }
  }

  mutating func array(depth: Int) throws(JSONValue.SyntaxError) -> JSONValue {
    position += 1
    var items: [JSONValue] = []
    skipSpace()
    if position < bytes.count && bytes[position] == UInt8(ascii: "]") {
      position += 1
      return .array(items)
    }
    while true {
      skipSpace()
      items.append(try value(depth: depth + 1))
      skipSpace()
      guard position < bytes.count else { throw fail("unexpected end of text") }
      if bytes[position] == UInt8(ascii: ",") {
        position += 1
      } else if bytes[position] == UInt8(ascii: "]") {
        position += 1
        return .array(items)
      } else {
        throw fail("expected ',' or ']'")
      }
    }
  }

  mutating func hex4() throws(JSONValue.SyntaxError) -> UInt32 {
    guard position + 4 <= bytes.count else { throw fail("unexpected end of text") }
    var v: UInt32 = 0
    for _ in 0..<4 {
      let b = bytes[position]
      let d: UInt32
      switch b {
      case UInt8(ascii: "0")...UInt8(ascii: "9"): d = UInt32(b - UInt8(ascii: "0"))
      case UInt8(ascii: "a")...UInt8(ascii: "f"): d = UInt32(b - UInt8(ascii: "a") + 10)
      case UInt8(ascii: "A")...UInt8(ascii: "F"): d = UInt32(b - UInt8(ascii: "A") + 10)
      default: throw fail("invalid \\u escape")
      }
      v = v << 4 | d
      position += 1
    }
    return v
  }

  mutating func string() throws(JSONValue.SyntaxError) -> String {
    let start = position
    position += 1
    var out: [UInt8] = []
    var runStart = position
    while true {
      guard position < bytes.count else { throw fail("unterminated string", at: start) }
      let b = bytes[position]
      if b == UInt8(ascii: "\"") {
        if out.isEmpty {
          // No escape: the string is the bytes between the quotes.
          let slice = bytes[runStart..<position]
          position += 1
          if slice.allSatisfy({ $0 < 0x80 }) { return String(decoding: slice, as: UTF8.self) }
          guard let s = String(validating: slice, as: UTF8.self) else {
            throw fail("invalid UTF-8 in string", at: start)
          }
          return s
        }
        out.append(contentsOf: bytes[runStart..<position])
        position += 1
        break
      }
      if b < 0x20 { throw fail("control character in string") }
      if b != UInt8(ascii: "\\") {
        position += 1
        continue
      }
      out.append(contentsOf: bytes[runStart..<position])
      position += 1
      guard position < bytes.count else { throw fail("unterminated string", at: start) }
      let e = bytes[position]
      position += 1
      switch e {
      case UInt8(ascii: "\""): out.append(0x22)
      case UInt8(ascii: "\\"): out.append(0x5C)
      case UInt8(ascii: "/"): out.append(0x2F)
      case UInt8(ascii: "b"): out.append(0x08)
      case UInt8(ascii: "f"): out.append(0x0C)
      case UInt8(ascii: "n"): out.append(0x0A)
      case UInt8(ascii: "r"): out.append(0x0D)
      case UInt8(ascii: "t"): out.append(0x09)
      case UInt8(ascii: "u"):
        var scalar = try hex4()
        if (0xD800..<0xDC00).contains(scalar) {
          guard position + 1 < bytes.count, bytes[position] == UInt8(ascii: "\\"),
            bytes[position + 1] == UInt8(ascii: "u")
          else { throw fail("unpaired surrogate in \\u escape") }
          position += 2
          let low = try hex4()
          guard (0xDC00..<0xE000).contains(low) else {
            throw fail("unpaired surrogate in \\u escape")
          }
          scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
        } else if (0xDC00..<0xE000).contains(scalar) {
          throw fail("unpaired surrogate in \\u escape")
        }
        out.append(contentsOf: String(Unicode.Scalar(scalar)!).utf8)
      default: throw fail("invalid escape")
      }
      runStart = position
    }
    guard let s = String(validating: out, as: UTF8.self) else {
      throw fail("invalid UTF-8 in string", at: start)
    }
    return s
  }

  mutating func number() throws(JSONValue.SyntaxError) -> JSONValue {
    let start = position
    var isInteger = true
    if bytes[position] == UInt8(ascii: "-") { position += 1 }
    func digits(_ p: inout Int) -> Int {
      let s = p
      while p < bytes.count && (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[p]) {
        p += 1
      }
      return p - s
    }
    guard position < bytes.count else { throw fail("unexpected end of text") }
    if bytes[position] == UInt8(ascii: "0") {
      position += 1
    } else if digits(&position) == 0 {
      throw fail("invalid number")
    }
    if position < bytes.count && bytes[position] == UInt8(ascii: ".") {
      isInteger = false
      position += 1
      guard digits(&position) > 0 else { throw fail("invalid number") }
    }
    if position < bytes.count && (bytes[position] | 0x20) == UInt8(ascii: "e") {
      isInteger = false
      position += 1
      if position < bytes.count
        && (bytes[position] == UInt8(ascii: "+") || bytes[position] == UInt8(ascii: "-"))
      {
        position += 1
      }
      guard digits(&position) > 0 else { throw fail("invalid number") }
    }
    let text = String(decoding: bytes[start..<position], as: UTF8.self)
    if isInteger, let i = Int(text) { return .int(i) }
    guard let d = Double(text) else { throw fail("invalid number", at: start) }
    return .double(d)
  }
}
