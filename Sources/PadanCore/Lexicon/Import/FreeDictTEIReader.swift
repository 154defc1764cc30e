/// Reads a FreeDict dictionary in TEI XML (the `.tei` files FreeDict publishes) in
/// reverse, English → Indonesian becoming Indonesian → English.
///
/// Every `<entry>` under the `<TEI>` root counts: its headword is the first `<orth>` of its
/// `<form>`, its grammar label the first `<pos>` (or `<gram type="pos">`) of its
/// `<gramGrp>`, where a sense's own `<gramGrp>` wins for that sense. Each `<quote>` of a
/// `<cit type="trans">` in a `<sense>` (nested senses included) is one list of
/// translations; example citations (`<cit type="example">`) and definitions are ignored.
/// Each top-level `<sense>` is one sense.
struct FreeDictTEIReader {
  var path: String

  func read(_ bytes: [UInt8]) -> LexiconImportSource {
    var collector = ReversedDictionaryCollector()
    let root: XMLTreeElement
    switch XMLTreeReader.root(of: bytes, path: path) {
    case .success(let element): root = element
    case .failure(let problem):
      collector.report(problem)
      return collector.source
    }
    guard root.name == "TEI" || root.name == "TEI.2" else {
      collector.report(
        Diagnostic(.error, at: root.location, "expected a <TEI> root, found <\(root.name)>"))
      return collector.source
    }
    for entry in Self.descendants(of: root, named: "entry") {
      let forms = entry.children(named: "form")
      guard let orth = forms.lazy.compactMap({ Self.firstDescendant(of: $0, named: "orth") }).first,
        !orth.trimmedText.isEmpty
      else {
        collector.report(Diagnostic(.error, at: entry.location, "<entry> without <form><orth>"))
        continue
      }
      let entryLabel = Self.label(of: entry) ?? forms.lazy.compactMap(Self.label).first
      var senses = entry.children(named: "sense")
      if senses.isEmpty { senses = [entry] }
      // A sense with its own label needs its own entry in the collector.
      var groups: [(label: String?, senses: [ReversedDictionaryCollector.Sense])] = []
      for sense in senses {
        let label = (sense.name == "sense" ? Self.label(of: sense) : nil) ?? entryLabel
        let lists = Self.translations(in: sense).map { (Substring($0.trimmedText), $0.location) }
        let collected = ReversedDictionaryCollector.Sense(lists: lists)
        if let last = groups.indices.last, groups[last].label == label {
          groups[last].senses.append(collected)
        } else {
          groups.append((label, [collected]))
        }
      }
      for (i, group) in groups.enumerated() {
        collector.add(
          headword: Substring(orth.trimmedText), at: orth.location,
          label: group.label.map { Substring($0) },
          senses: group.senses.filter { !$0.lists.isEmpty },
          continuing: i > 0)
      }
    }
    return collector.source
  }

  /// The text of the first `<pos>` or `<gram type="pos">` in a direct `<gramGrp>`.
  private static func label(of element: XMLTreeElement) -> String? {
    for group in element.children(named: "gramGrp") {
      for child in group.children
      where child.name == "pos" || (child.name == "gram" && child.attributes["type"] == "pos") {
        let text = child.trimmedText
        if !text.isEmpty { return text }
      }
    }
    return nil
  }

  /// The `<quote>`s of translation citations in `element`, outside example citations.
  private static func translations(in element: XMLTreeElement) -> [XMLTreeElement] {
    var quotes: [XMLTreeElement] = []
    for child in element.children {
      if child.name == "cit" {
        let type = child.attributes["type"] ?? ""
        if type == "trans" || type == "translation" {
          quotes += child.children(named: "quote").filter { !$0.trimmedText.isEmpty }
        }
      } else if child.name == "sense" {
        quotes += translations(in: child)
      }
    }
    return quotes
  }

  /// The elements named `name` below `element`, in document order, not looking inside
  /// them; walked with an explicit stack.
  private static func descendants(of element: XMLTreeElement, named name: String)
    -> [XMLTreeElement]
  {
    var found: [XMLTreeElement] = []
    var pending: [XMLTreeElement] = element.children.reversed()
    while let next = pending.popLast() {
      if next.name == name {
        found.append(next)
      } else {
        pending.append(contentsOf: next.children.reversed())
      }
    }
    return found
  }

  private static func firstDescendant(of element: XMLTreeElement, named name: String)
    -> XMLTreeElement?
  {
    if element.name == name { return element }
    for child in element.children {
      if let found = firstDescendant(of: child, named: name) { return found }
    }
    return nil
  }
}
