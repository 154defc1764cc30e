import Testing

@testable import PadanCore

@Suite struct JSONValueTests {
  @Test func parsesObjectsInOrderWithEscapesAndNumbers() throws {
    let value = try JSONValue.parse(
      Array(#"{"b":1,"a":[true,false,null,-2.5e1],"s":"\"\\\/\n\u00e9\ud83d\ude00"}"#.utf8))
    guard case .object(let pairs) = value else {
      Issue.record("not an object")
      return
    }
    #expect(pairs.map(\.key) == ["b", "a", "s"])
    #expect(value["b"] == .int(1))
    #expect(value["a"] == .array([.bool(true), .bool(false), .null, .double(-25)]))
    #expect(value["s"]?.string == "\"\\/\né😀")
  }

  @Test(arguments: [
    ("{\"a\":1", 6, "unexpected end of text"),
    ("{\"a\" 1}", 5, "expected ':'"),
    ("[1,]", 3, "unexpected character"),
    ("{\"a\":1} x", 8, "unexpected text after the JSON value"),
    ("\"\\ud800\"", 7, "unpaired surrogate in \\u escape"),
    ("01", 1, "unexpected text after the JSON value"),
    ("{\"a\":1,}", 7, "expected a key string"),
    ("{\"a\":1,\"b\":{\"a\":2},\"a\":3}", 19, "duplicate key \"a\""),
    ("\u{FEFF}{}", 0, "unexpected character"),
  ])
  func reportsTheOffsetOfTheFirstProblem(text: String, offset: Int, message: String) {
    #expect(throws: JSONValue.SyntaxError(offset: offset, message: message)) {
      try JSONValue.parse(Array(text.utf8))
    }
  }

  @Test func quotedTextParsesBackToTheSameString() throws {
    let text = "tab\t \"quote\" back\\slash \u{1} line\u{2028}sep é 😀"
    #expect(try JSONValue.parse(Array(JSONText.quoted(text).utf8)).string == text)
  }
}
