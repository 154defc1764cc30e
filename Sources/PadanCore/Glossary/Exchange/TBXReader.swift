/// Reads TBX-Basic (`martif`) files, as `TBXWriter` writes them and as other tools do.
///
/// Each `termEntry` becomes one entry: the `id` language section's term marked
/// `fullForm` (or its first term) is the source, its other terms the variants, the first
/// term of the `en` section not marked deprecated the target, and the `en` terms whose
/// `administrativeStatus` is `deprecatedTerm-admn-sts` or `supersededTerm-admn-sts` (or
/// TBX-Min's `notRecommended`, `obsolete`) the forbidden English. The entry-level notes `Padan type: …` and
/// `Padan case: …` give the type and case policy (without them, the default type and that
/// type's case policy; `<admin type="padan-type|padan-case">`, as older exports wrote
/// them, are read too); the other entry-level `<note>`s, joined by "; ", give the note.
/// Other TBX data (definitions, term-level notes, other languages) is ignored.
struct TBXReader {
  static let typeAdmin = "padan-type"
  static let caseAdmin = "padan-case"
  /// The prefixes of the notes that hold Padan's type and case policy.
  static let typeNote = "Padan type: "
  static let caseNote = "Padan case: "
  /// The administrative status of a forbidden English form, as written.
  static let deprecated = "deprecatedTerm-admn-sts"
  /// The administrative statuses read as forbidden.
  static let forbiddenStatuses: Set<String> = [
    deprecated, "supersededTerm-admn-sts", "notRecommended", "obsolete",
  ]

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
    var settings: [(XMLTreeElement, String, String)] = termEntry.children(named: "admin")
      .compactMap { admin in
        switch admin.attributes["type"] {
        case Self.typeAdmin: (admin, Self.typeNote, admin.trimmedText)
        case Self.caseAdmin: (admin, Self.caseNote, admin.trimmedText)
        default: nil
        }
      }
    var notes: [String] = []
    for note in termEntry.children(named: "note") {
      let text = note.trimmedText
      if let prefix = [Self.typeNote, Self.caseNote].first(where: text.hasPrefix) {
        settings.append((note, prefix, String(text.dropFirst(prefix.count))))
      } else {
        notes.append(note.text)
      }
    }
    for (element, prefix, value) in settings {
      if prefix == Self.typeNote {
        guard let k = GlossaryEntry.Kind(rawValue: value) else {
          report(element, "unknown type '\(value)'")
          return nil
        }
        kind = k
      } else {
        guard let p = GlossaryEntry.CasePolicy(rawValue: value) else {
          report(element, "unknown case policy '\(value)'")
          return nil
        }
        policy = p
      }
    }
    let note = notes.joined(separator: "; ")
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
    let english = Self.terms(in: targetSet)
    let forbidden = english.filter { Self.forbiddenStatuses.contains($0.status ?? "") }
      .map(\.term).filter { !$0.isEmpty }
    guard
      let target = english.first(where: { !Self.forbiddenStatuses.contains($0.status ?? "") })?
        .term, !target.isEmpty
    else {
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
      variants: variants.filter { !$0.isEmpty }, note: note, forbidden: forbidden,
      origin: termEntry.location)
  }

  /// The terms of a `langSet` (`tig/term` or `ntig/termGrp/term`) with their `termType`
  /// and `administrativeStatus`.
  static func terms(in langSet: XMLTreeElement) -> [(
    term: String, termType: String?, status: String?
  )] {
    var result: [(String, String?, String?)] = []
    for group in langSet.children where group.name == "tig" || group.name == "ntig" {
      let holder = group.name == "ntig" ? group.child(named: "termGrp") ?? group : group
      guard let term = holder.child(named: "term") else { continue }
      let notes = holder.children(named: "termNote")
      let termType = notes.first { $0.attributes["type"] == "termType" }?.trimmedText
      let status = notes.first { $0.attributes["type"] == "administrativeStatus" }?.trimmedText
      result.append((term.trimmedText, termType, status))
    }
    return result
  }
}
