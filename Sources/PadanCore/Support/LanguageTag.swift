/// Language tags as exchange files write them (`id-ID`, `EN`, `en_GB`).
enum LanguageTag {
  /// The language of a tag, lower-cased: `id-ID`, ` ID ` and `id_ID` are all `id`.
  static func language(_ field: String) -> String {
    let trimmed = field.trimmingPrefix(while: { $0 == " " })
    let code = trimmed.prefix { $0 != "-" && $0 != "_" && $0 != " " }
    return code.lowercased()
  }
}
