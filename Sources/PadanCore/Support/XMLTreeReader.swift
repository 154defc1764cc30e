internal import Foundation

#if canImport(FoundationXML)
  internal import FoundationXML
#endif

/// Reads a whole XML document into `XMLTreeElement`s with Foundation's `XMLParser`.
///
/// External entities are not resolved. A document that is not well-formed gives one
/// `Diagnostic` at the parser's line and column.
final class XMLTreeReader: NSObject, XMLParserDelegate {
  private let path: String
  private var stack: [XMLTreeElement] = []
  private var root: XMLTreeElement?
  private var problem: Diagnostic?

  private init(path: String) { self.path = path }

  /// The root element of `bytes`, or the first problem.
  /// The root element, which must be named `name`.
  static func root(of bytes: [UInt8], path: String, named name: String) -> Result<
    XMLTreeElement, Diagnostic
  > {
    root(of: bytes, path: path).flatMap { root in
      root.name == name
        ? .success(root)
        : .failure(
          Diagnostic(.error, at: root.location, "expected a <\(name)> root, found <\(root.name)>"))
    }
  }

  static func root(of bytes: [UInt8], path: String) -> Result<XMLTreeElement, Diagnostic> {
    let (text, _, problem) = UTF8Bytes.decodedText(bytes, path: path)
    if text == nil, let problem { return .failure(problem) }
    if let problem = XMLInput.prologProblem(bytes, path: path) { return .failure(problem) }
    let reader = XMLTreeReader(path: path)
    let parser = XMLInput.parser(bytes)
    parser.delegate = reader
    let ok = parser.parse()
    if let problem = reader.problem { return .failure(problem) }
    let at = SourceLocation(
      path: path, line: max(1, parser.lineNumber), column: max(1, parser.columnNumber))
    // On Linux, `parse()` can return true and still set `parserError` (extra content
    // after the root element, for one), so both are checked.
    guard ok, parser.parserError == nil, let root = reader.root else {
      let reason =
        parser.parserError.map { " (\(Self.describe($0)))" }
        ?? " (the document ends before its root element does)"
      return .failure(Diagnostic(.error, at: at, "malformed XML\(reason)"))
    }
    return .success(root)
  }

  /// A short reason for a parser error. Foundation on Linux passes libxml2's error
  /// numbers (`xmlParserErrors`), so the common ones are named here.
  private static func describe(_ error: any Error) -> String {
    let code = (error as NSError).code
    let reasons: [Int: String] = [
      4: "empty document",
      5: "extra content after the root element",
      9: "a character XML does not allow",
      23: "an entity reference without ';'",
      26: "an undeclared entity (write '&' as &amp;)",
      27: "an undeclared entity (write '&' as &amp;)",
      39: "an attribute value without quotes",
      41: "an attribute without a value",
      68: "a name was expected; an unescaped '&' or '<'?",
      73: "'>' expected",
      76: "the end tag does not match the start tag",
      77: "an element is not closed",
    ]
    return reasons[code] ?? "libxml2 error \(code)"
  }

  func parser(
    _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
    qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]
  ) {
    let location = SourceLocation(
      path: path, line: max(1, parser.lineNumber), column: max(1, parser.columnNumber))
    guard stack.count < XMLInput.maxDepth else {
      if problem == nil { problem = Diagnostic(.error, at: location, XMLInput.tooDeep) }
      parser.abortParsing()
      return
    }
    stack.append(
      XMLTreeElement(name: qName ?? elementName, attributes: attributeDict, location: location))
  }

  func parser(
    _ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?,
    qualifiedName qName: String?
  ) {
    guard problem == nil, let element = stack.popLast() else { return }
    if stack.isEmpty {
      root = element
    } else {
      stack[stack.count - 1].children.append(element)
    }
  }

  func parser(_ parser: XMLParser, foundCharacters string: String) {
    guard !stack.isEmpty else { return }
    stack[stack.count - 1].text += string
  }

  func parser(_ parser: XMLParser, foundCDATA block: Data) {
    guard !stack.isEmpty, let s = String(data: block, encoding: .utf8) else { return }
    stack[stack.count - 1].text += s
  }
}
