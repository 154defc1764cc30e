/// One row of a glossary file: an Indonesian term and its standard English equivalent.
public struct GlossaryEntry: Hashable, Sendable {
  /// What kind of term an entry is; it sets the default case policy.
  public enum Kind: String, Sendable, Hashable, CaseIterable {
    case person, org, place, title, term, date, media, keep
  }

  /// How the source and its variants match text.
  public enum CasePolicy: String, Sendable, Hashable, CaseIterable {
    /// Exact case, plus all-capitals and title-case headlines (never for acronyms).
    case sensitive
    /// Any case.
    case insensitive
  }

  /// Position in load order, 0-based: the entry's identity within one `Glossary`.
  public var id: Int
  public var source: String
  public var target: String
  public var kind: Kind
  public var casePolicy: CasePolicy
  /// Other Indonesian forms with the same target (abbreviations, spellings).
  public var variants: [String]
  public var note: String
  /// English forms that must not translate this entry's source (a calque such as
  /// `NATO-Russia Board` for `Dewan NATO-Rusia`, or a deprecated name); `padan qa`
  /// reports them wherever the source matches.
  public var forbidden: [String]
  /// Where the entry was written: `Glossaries/people.tsv:12:1`.
  public var origin: SourceLocation

  public init(
    id: Int, source: String, target: String, kind: Kind, casePolicy: CasePolicy? = nil,
    variants: [String] = [], note: String = "", forbidden: [String] = [],
    origin: SourceLocation
  ) {
    self.id = id
    self.source = source
    self.target = target
    self.kind = kind
    self.casePolicy = casePolicy ?? kind.defaultCasePolicy
    self.variants = variants
    self.note = note
    self.forbidden = forbidden
    self.origin = origin
  }

  /// The source and then the variants.
  public var forms: [String] { [source] + variants }
}

extension GlossaryEntry.Kind {
  /// Names, organisations, places, outlets and do-not-translate entries match their case;
  /// titles, terms and dates match any case.
  public var defaultCasePolicy: GlossaryEntry.CasePolicy {
    switch self {
    case .person, .org, .place, .media, .keep: .sensitive
    case .title, .term, .date: .insensitive
    }
  }
}
