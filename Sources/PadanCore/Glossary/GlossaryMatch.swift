/// One occurrence of a glossary entry in a text.
public struct GlossaryMatch: Hashable, Sendable {
  /// `GlossaryEntry.id` of the entry.
  public var entry: Int
  /// UTF-8 byte range into the matched text, 0-based (a clitic is included).
  public var range: ByteRange
  /// The glossary form that matched (the source or one of the variants).
  public var form: String
  /// A clitic attached to the last word (`nya`, `lah`, `kah`, `pun`), if any.
  public var clitic: String?
  /// Whether a word was reduplicated (`negara-negara` for `negara`): an Indonesian plural.
  public var isReduplicated: Bool
  /// Whether a case-sensitive form matched in headline case (capitals or title case).
  public var isHeadlineCase: Bool

  /// How the text differs from the form, for messages: "clitic -nya", "plural", ….
  public var formDescription: String {
    var parts: [String] = []
    if isReduplicated { parts.append("reduplicated plural") }
    if let clitic { parts.append("clitic -\(clitic)") }
    if isHeadlineCase { parts.append("headline case") }
    return parts.isEmpty ? "exact" : parts.joined(separator: ", ")
  }
}
