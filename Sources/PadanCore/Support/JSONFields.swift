/// Typed access to the keys of one JSON object, with messages that name the key.
struct JSONFields {
  let object: JSONValue
  let path: String
  let line: Int
  var context = ""

  func problem(_ message: String) -> Diagnostic {
    let prefix = context.isEmpty ? "" : "\(context): "
    return Diagnostic(
      .error, at: SourceLocation(path: path, line: line, column: 1), prefix + message)
  }

  func value(_ key: String) throws(Diagnostic) -> JSONValue {
    guard let v = object[key] else { throw problem("missing key \"\(key)\"") }
    return v
  }

  func string(_ key: String) throws(Diagnostic) -> String {
    guard let s = try value(key).string else { throw problem("\"\(key)\" is not a string") }
    return s
  }

  func optionalString(_ key: String) throws(Diagnostic) -> String? {
    guard let v = object[key] else { return nil }
    guard let s = v.string else { throw problem("\"\(key)\" is not a string") }
    return s
  }

  func count(_ key: String) throws(Diagnostic) -> Int {
    guard let i = try value(key).int, i >= 0 else {
      throw problem("\"\(key)\" is not a non-negative integer")
    }
    return i
  }

  func objects(_ key: String) throws(Diagnostic) -> [JSONValue] {
    guard let v = object[key] else { return [] }
    guard let a = v.array, a.allSatisfy({ if case .object = $0 { true } else { false } }) else {
      throw problem("\"\(key)\" is not an array of objects")
    }
    return a
  }

  func strings(_ key: String) throws(Diagnostic) -> [String] {
    guard let v = object[key] else { return [] }
    guard let a = v.array else { throw problem("\"\(key)\" is not an array of strings") }
    var out: [String] = []
    for item in a {
      guard let s = item.string else { throw problem("\"\(key)\" is not an array of strings") }
      out.append(s)
    }
    return out
  }
}
