/// Reads TBX-Min files, in both forms: the TBX core structure (`martif`, as `TBXMinWriter`
/// writes it; read as TBX-Basic with the default type) and the TBX-Min form
/// (`<TBX dialect="TBX-Min">`).
///
/// In the TBX-Min form, each `conceptEntry` becomes one entry: in the `id` language
/// section, the term with `termStatus` `preferred` (or the first) is the source and the
/// others are variants; the first term of the `en` section not marked `notRecommended`
/// or `obsolete` is the target, and those so marked are the forbidden English; the
/// source's `<note>` is the note. Every entry gets the default type and its case policy.
struct TBXMinReader {
  func read(_ bytes: [UInt8], path: String, defaultKind: GlossaryEntry.Kind)
    -> (Glossary, [Diagnostic])
  {
    let root: XMLTreeElement
    switch XMLTreeReader.root(of: bytes, path: path) {
    case .success(let r) where r.name == "martif":
      return TBXReader().read(bytes, path: path, defaultKind: defaultKind)
    case .success(let r) where r.name == "TBX": root = r
    case .success(let r):
      return (
        Glossary(entries: []),
        [Diagnostic(.error, at: r.location, "expected a <martif> or <TBX> root, found <\(r.name)>")]
      )
    case .failure(let problem): return (Glossary(entries: []), [problem])
    }
    var entries: [GlossaryEntry] = []
    var problems: [Diagnostic] = []
    for concept in root.child(named: "body")?.children(named: "conceptEntry") ?? [] {
      let langSecs = concept.children(named: "langSec")
      let sourceTerms = langSecs.first { $0.language == "id" }?.children(named: "termSec") ?? []
      let targetTerms = langSecs.first { $0.language == "en" }?.children(named: "termSec") ?? []
      let sourceIndex =
        sourceTerms.firstIndex { $0.child(named: "termStatus")?.trimmedText == "preferred" } ?? 0
      guard sourceIndex < sourceTerms.count,
        let source = sourceTerms[sourceIndex].child(named: "term")?.trimmedText, !source.isEmpty
      else {
        problems.append(Diagnostic(.error, at: concept.location, "conceptEntry has no id term"))
        continue
      }
      func isForbidden(_ termSec: XMLTreeElement) -> Bool {
        TBXReader.forbiddenStatuses.contains(termSec.child(named: "termStatus")?.trimmedText ?? "")
      }
      let forbidden = targetTerms.filter(isForbidden).compactMap {
        $0.child(named: "term")?.trimmedText
      }.filter { !$0.isEmpty }
      guard
        let target = targetTerms.first(where: { !isForbidden($0) })?.child(named: "term")?
          .trimmedText, !target.isEmpty
      else {
        problems.append(Diagnostic(.error, at: concept.location, "conceptEntry has no en term"))
        continue
      }
      var variants: [String] = []
      for (k, termSec) in sourceTerms.enumerated() where k != sourceIndex {
        if let term = termSec.child(named: "term")?.trimmedText, !term.isEmpty {
          variants.append(term)
        }
      }
      let note = sourceTerms[sourceIndex].children(named: "note").map(\.text)
        .joined(separator: "; ")
      entries.append(
        GlossaryEntry(
          id: entries.count, source: source, target: target, kind: defaultKind,
          variants: variants, note: note, forbidden: forbidden, origin: concept.location))
    }
    return (Glossary(entries: entries), problems)
  }
}
