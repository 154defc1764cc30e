/// Reads TBX-Basic (`martif`) files, as `TBXWriter` writes them and as other tools do.
///
/// Each `termEntry` becomes one entry: the `id` language section's term marked
/// `fullForm` (or its first term) is the source, its other terms the variants, and the
/// first term of the `en` section the target. `<admin type="padan-type">` and
/// `<admin type="padan-case">` give the type and case policy (without them, the default
/// type and that type's case policy); the entry-level `<note>`s, joined by "; ", give the
/// note. Other TBX data (definitions, term-level notes, other languages) is ignored.
struct TBXReader {
  static let typeAdmin = "padan-type"
  static let caseAdmin = "padan-case"

  func read(_ bytes: [UInt8], path: String, defaultKind: GlossaryEntry.Kind)
    -> (Glossary, [Diagnostic])
  {
    let root: XMLTreeElement
    switch XMLTreeReader.root(of: bytes, path: path, named: "martif") {
    case .success(let r): root = r
    case .failure(let problem): return (Glossary(entries: []), [problem])
    }
    var entries: [GlossaryEntry] = []
    var problems: [Diagnostic] = []
    let body = root.child(named: "text")?.child(named: "body")
    for termEntry in body?.children(named: "termEntry") ?? [] {
      if let entry = entry(
        from: termEntry, id: entries.count, defaultKind: defaultKind, problems: &problems)
      {
        entries.append(entry)
      }
    }
    return (Glossary(entries: entries), problems)
  }

  private func entry(
    from termEntry: XMLTreeElement, id: Int, defaultKind: GlossaryEntry.Kind,
    problems: inout [Diagnostic]
  ) -> GlossaryEntry? {
    func report(_ at: XMLTreeElement, _ message: String) {
      problems.append(Diagnostic(.error, at: at.location, message))
    }
    var kind = defaultKind
    var policy: GlossaryEntry.CasePolicy? = nil
    for admin in termEntry.children(named: "admin") {
      switch admin.attributes["type"] {
      case Self.typeAdmin:
        guard let k = GlossaryEntry.Kind(rawValue: admin.trimmedText) else {
          report(admin, "unknown type '\(admin.text)'")
          return nil
        }
        kind = k
      case Self.caseAdmin:
        guard let p = GlossaryEntry.CasePolicy(rawValue: admin.trimmedText) else {
          report(admin, "unknown case policy '\(admin.text)'")
          return nil
        }
        policy = p
      default: break
      }
    }
    let note = termEntry.children(named: "note").map(\.text).joined(separator: "; ")
    let langSets = termEntry.children(named: "langSet")
    guard let sourceSet = langSets.first(where: { $0.language == "id" }) else {
      report(termEntry, "termEntry has no langSet xml:lang=\"id\"")
      return nil
    }
    guard let targetSet = langSets.first(where: { $0.language == "en" }) else {
      report(termEntry, "termEntry has no langSet xml:lang=\"en\"")
      return nil
    }
    let forms = Self.terms(in: sourceSet)
    guard let target = Self.terms(in: targetSet).first?.term, !target.isEmpty else {
      report(targetSet, "empty target")
      return nil
    }
    let sourceIndex = forms.firstIndex { $0.termType == "fullForm" } ?? 0
    guard sourceIndex < forms.count, !forms[sourceIndex].term.isEmpty else {
      report(sourceSet, "empty source")
      return nil
    }
    var variants = forms.map(\.term)
    let source = variants.remove(at: sourceIndex)
    return GlossaryEntry(
      id: id, source: source, target: target, kind: kind, casePolicy: policy,
      variants: variants.filter { !$0.isEmpty }, note: note, origin: termEntry.location)
  }

  /// The terms of a `langSet` (`tig/term` or `ntig/termGrp/term`) with their `termType`.
  static func terms(in langSet: XMLTreeElement) -> [(term: String, termType: String?)] {
    var result: [(String, String?)] = []
    for group in langSet.children where group.name == "tig" || group.name == "ntig" {
      let holder = group.name == "ntig" ? group.child(named: "termGrp") ?? group : group
      guard let term = holder.child(named: "term") else { continue }
      let termType = holder.children(named: "termNote")
        .first { $0.attributes["type"] == "termType" }?.trimmedText
      result.append((term.trimmedText, termType))
    }
    return result
  }
}
