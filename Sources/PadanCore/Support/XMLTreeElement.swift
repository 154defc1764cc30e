/// An XML element as read by `XMLTreeReader`: its name, attributes, children and text.
struct XMLTreeElement: Sendable {
  /// The qualified name, such as `langSet`.
  var name: String
  /// Attributes by qualified name (`xml:lang`).
  var attributes: [String: String]
  var children: [XMLTreeElement] = []
  /// The character data directly inside this element, entities resolved.
  var text = ""
  /// Where the parser reported the element (at or just after its start tag).
  var location: SourceLocation

  /// `text` without the leading and trailing white space of pretty-printed XML (for terms
  /// and codes; Padan's own terms never have any).
  var trimmedText: String {
    let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0.isNewline }
    guard let first = text.firstIndex(where: { !isSpace($0) }),
      let last = text.lastIndex(where: { !isSpace($0) })
    else { return "" }
    return String(text[first...last])
  }

  /// The children with a given name, in document order.
  func children(named name: String) -> [XMLTreeElement] {
    children.filter { $0.name == name }
  }

  func child(named name: String) -> XMLTreeElement? {
    children.first { $0.name == name }
  }

  /// The `xml:lang` attribute reduced to its language (`en-GB` and `EN` are `en`).
  var language: String? {
    attributes["xml:lang"].map(LanguageTag.language)
  }
}
