/// English word forms for generating translations: plurals, verb tenses, `a`/`an` and the
/// adjectives of place names.
///
/// Regular forms come from spelling rules; the exceptions come from three data files in a
/// rules folder (the project ships `Glossaries/rules/`): `english-verbs.tsv`,
/// `english-nouns.tsv` and `demonyms.tsv`. Words go in and come out lower case, except that
/// the case of the input is kept where it can be: `Child` gives `Children`, `GO` gives `WENT`,
/// `iPhone` gives `iPhones`. Spelling is American news style (AP): `traveled`, `gotten`.
///
/// A word the data does not know is never an error: it gets the regular form.
public struct EnglishMorphology: Sendable {
  /// The listed forms of a verb.
  struct VerbForms: Hashable, Sendable {
    var past: String
    var participle: String
    /// The -ing form, when neither the rules nor `past` show it (`beginning`).
    var presentParticiple: String?
  }

  /// A word ending covered by a `*` row of the nouns table (`*man` → `*men`).
  struct NounEnding: Hashable, Sendable {
    var singular: String
    /// `nil` for an uncountable ending (`*ware`).
    var plural: String?
  }

  /// An adjective and a people noun of a place.
  struct PlaceWords: Hashable, Sendable {
    var adjective: String
    var people: String?
  }

  /// Listed verbs by lower-case base (`say`, `carry out`).
  var verbs: [String: VerbForms] = [:]
  /// Listed nouns by lower-case singular; a `nil` plural marks an uncountable noun.
  var nouns: [String: String?] = [:]
  /// `*` rows of the nouns table, longest ending first.
  var nounEndings: [NounEnding] = []
  /// Every listed plural (`children`, `data`), which is left as it is.
  var listedPlurals: Set<String> = []
  /// Place words by place, as written in the data.
  var places: [String: PlaceWords] = [:]
  /// Place words by lower-case place, for lookups that ignore case.
  var foldedPlaces: [String: PlaceWords] = [:]
  /// The English word list that inflections are checked against; `nil` turns the check off.
  public var wordList: EnglishWordList?
  /// Lower-case English words of the lexicon and glossary targets, which may be missing from
  /// the word list (`midfielder`) and still take the regular forms.
  public var targetWords: Set<String> = []

  /// Makes a morphology from data given in code, for tests and small tools.
  ///
  /// - Parameters:
  ///   - verbs: lower-case base → past and past participle (`"seek": ("sought", "sought")`).
  ///   - nouns: lower-case singular → plural; `nil` marks an uncountable noun. A key
  ///     starting with `*` covers every word with that ending (`"*man": "*men"`).
  ///   - demonyms: place → adjective (`"Russia": "Russian"`).
  public init(
    verbs: [String: (past: String, participle: String)] = [:],
    nouns: [String: String?] = [:],
    demonyms: [String: String] = [:]
  ) {
    for (base, forms) in verbs {
      addVerb(base, past: forms.past, participle: forms.participle)
    }
    for (singular, plural) in nouns {
      addNoun(singular, plural: plural)
    }
    // Sorted, so that two places differing only in case fold the same way every run.
    for (place, adjective) in demonyms.sorted(by: { $0.key < $1.key }) {
      addPlace(place, adjective: adjective, people: nil)
    }
  }

  mutating func addVerb(
    _ base: String, past: String, participle: String, presentParticiple: String? = nil
  ) {
    verbs[base.lowercased()] = VerbForms(
      past: past.lowercased(), participle: participle.lowercased(),
      presentParticiple: presentParticiple?.lowercased())
  }

  mutating func addNoun(_ singular: String, plural: String?) {
    let key = singular.lowercased()
    let value = plural?.lowercased()
    if key.hasPrefix("*") {
      let ending = NounEnding(
        singular: String(key.dropFirst()), plural: value.map { String($0.drop { $0 == "*" }) })
      nounEndings.removeAll { $0.singular == ending.singular }
      nounEndings.append(ending)
      nounEndings.sort {
        $0.singular.count != $1.singular.count
          ? $0.singular.count > $1.singular.count : $0.singular < $1.singular
      }
      return
    }
    nouns[key] = .some(value)
    if let value { listedPlurals.insert(value) }
  }

  mutating func addPlace(_ place: String, adjective: String, people: String?) {
    let words = PlaceWords(adjective: adjective, people: people)
    places[place] = words
    let folded = place.lowercased()
    if foldedPlaces[folded] == nil { foldedPlaces[folded] = words }
  }

  /// The adjective of a place: `Russia` → `Russian`, `United States` → `U.S.`,
  /// `Philippines` → `Philippine`.
  ///
  /// `place` is matched exactly, then without a leading `the`, then ignoring case.
  ///
  /// - Returns: the adjective as written in the data, or `nil` for a place not listed.
  public func demonym(of place: String) -> String? {
    placeWords(place)?.adjective
  }

  /// The plural noun for the people of a place: `Russia` → `Russians`,
  /// `Netherlands` → `Dutch`, `Philippines` → `Filipinos`.
  ///
  /// - Returns: the noun as written in the data, or `nil` for a place not listed or listed
  ///   without one.
  public func people(of place: String) -> String? {
    placeWords(place)?.people
  }

  func placeWords(_ place: String) -> PlaceWords? {
    if let words = places[place] { return words }
    var name = Substring(place)
    if name.lowercased().hasPrefix("the ") {
      name = name.dropFirst(4)
      if let words = places[String(name)] { return words }
    }
    return foldedPlaces[place.lowercased()] ?? foldedPlaces[name.lowercased()]
  }

  /// `form`, the inflection of `base` made by rule, when it is English; else `base`
  /// unchanged.
  ///
  /// With a word list, a form is kept when the list has it, or when its base is not in the
  /// list but is an English word of the lexicon or glossaries (`midfielders`). A base in the
  /// list whose form is not (`medicine` → "medicined", `feeling` → "feelinged") stays as it
  /// is, and so does a word that is not English at all, such as an Indonesian word copied
  /// from the source (`kelelawar`, never "kelelawars"). Without a word list every form is kept.
  func checked(_ form: String, of base: String) -> String {
    guard let wordList, form != base, base.unicodeScalars.allSatisfy({ $0.properties.isAlphabetic })
    else { return form }
    if wordList.contains(form) { return form }
    if wordList.contains(base) { return base }
    return targetWords.contains(base.lowercased()) ? form : base
  }

  /// The longest `*` row of the nouns table that `word` (lower case) ends with, leaving at
  /// least one letter before the ending.
  func ending(of word: String) -> NounEnding? {
    nounEndings.first { word.count > $0.singular.count && word.hasSuffix($0.singular) }
  }
}
