internal import Foundation

/// The closed-class Indonesian (and a few English) word lists the transfer rules use, as
/// sets and tables built once from the data in `Glossaries/rules/words/` (see `WordLists`).
struct FunctionWords: Sendable {
  /// The lists as loaded, for rules that name a list (`[list:negators]`).
  let lists: WordLists
  /// Negators, with their English before an adjective (`tidak` → not).
  let negators: [String: String]
  /// Modal markers before a verb, with the English they give.
  let modals: [String: String]
  let future: Set<String>
  let perfect: Set<String>
  let progressive: Set<String>
  /// Markers kept in place as adverbs inside the verb group.
  let groupAdverbs: [String: String]
  /// Words that introduce an infinitive verb ("to …").
  let infinitiveMarkers: Set<String>
  /// Words after which a verb is expected, so a form with a verb reading is read as one.
  let verbContext: Set<String>
  /// Possessive enclitics with their English (`-ku` → my; `-nya` → the, resolved later).
  let possessiveClitics: [String: String]
  /// Quantifiers that make the noun after them plural, with their English ("" drops them).
  let pluralQuantifiers: [String: String]
  /// Classifiers: "a/an" before the noun phrase.
  let indefinites: Set<String>
  /// Possessive and object English of pronouns (`rumah mereka` → their house).
  let possessives: [String: String]
  let objects: [String: String]
  let pluralPronouns: Set<String>
  /// Pronouns for one person (`dia` → he).
  let personPronouns: Set<String>
  /// Demonstratives after a noun phrase: (singular, plural).
  let demonstratives: [String: (String, String)]
  let sayVerbs: Set<String>
  let ordinalAdjectives: Set<String>
  let ordinals: [String: String]
  let measureNouns: Set<String>
  let controlVerbs: [String: String]
  let ofQuantifiers: Set<String>
  /// Nouns whose noun modifier follows with "of" (`hasil pemilu` → the results of the election).
  let ofHeads: Set<String>
  /// Name heads: English title and whether it comes before the name.
  let nameHeads: [String: (String, Bool)]
  let changeVerbs: Set<String>
  let reportingVerbs: Set<String>
  let timeNouns: [String: String]
  let timesOfDay: [String: String]
  let timeDeictics: Set<String>
  let preModifiers: [String: String]
  let degreeWords: [String: String]
  let humanNouns: Set<String>
  let dayNames: Set<String>
  let months: Set<String>
  /// Place names with "the", and endings of such names (` Islands`).
  let placesWithThe: Set<String>
  let placeEndingsWithThe: [String]
  /// se- words of amount, with their English alone ("" for the lexicon's).
  let amountWords: [String: String]
  let extentWords: Set<String>
  let fractionWords: Set<String>
  let distributives: Set<String>
  let singularNumerals: Set<String>
  let pluralHeads: Set<String>
  let agoWords: Set<String>
  let otherWords: Set<String>
  let timePrepositions: Set<String>
  let englishSubjects: Set<String>
  let englishLyVerbs: Set<String>
  let headlineMinorWords: Set<String>
  /// Verbs and prepositions that shape a clause, by role (`existential`, `result`,
  /// `addressee`).
  let clauseVerbs: [String: String]

  init(_ lists: WordLists) {
    self.lists = lists
    func set(_ name: String) -> Set<String> { Set(lists.words(name)) }
    func table(_ name: String, _ column: Int = 0) -> [String: String] {
      var result: [String: String] = [:]
      for word in lists.words(name) { result[word] = lists.values(name, word)?[column] ?? "" }
      return result
    }
    negators = table("negators")
    clauseVerbs = table("clause-verbs")
    modals = table("modals")
    let aspects = table("tense-markers")
    future = Set(aspects.filter { $0.value == "future" }.keys)
    perfect = Set(aspects.filter { $0.value == "perfect" }.keys)
    progressive = Set(aspects.filter { $0.value == "progressive" }.keys)
    groupAdverbs = table("group-adverbs")
    infinitiveMarkers = set("infinitive-markers")
    verbContext = set("verb-context")
    possessiveClitics = table("possessive-clitics")
    pluralQuantifiers = table("plural-quantifiers")
    indefinites = set("classifiers")
    possessives = table("pronouns", 0)
    objects = table("pronouns", 1).filter { !$0.value.isEmpty }
    pluralPronouns = Set(table("pronouns", 2).filter { $0.value == "plural" }.keys)
    personPronouns = Set(
      lists.words("pronouns").filter {
        lists.values("pronouns", $0)?[1].hasPrefix("him") ?? false
      })
    var demonstratives: [String: (String, String)] = [:]
    for word in lists.words("demonstratives") {
      let values = lists.values("demonstratives", word) ?? ["", ""]
      demonstratives[word] = (values[0], values[1])
    }
    self.demonstratives = demonstratives
    sayVerbs = set("say-verbs")
    ordinalAdjectives = set("ordinal-adjectives")
    ordinals = table("ordinals")
    measureNouns = set("measure-nouns")
    controlVerbs = table("control-verbs")
    ofQuantifiers = set("of-quantifiers")
    ofHeads = set("of-heads")
    var heads: [String: (String, Bool)] = [:]
    for (word, pattern) in table("name-heads") {
      let before = !pattern.hasPrefix("…")
      let title = pattern.replacingOccurrences(of: "…", with: "")
      heads[word] = (title.trimmingCharacters(in: .whitespaces), before)
    }
    nameHeads = heads
    changeVerbs = set("change-verbs")
    reportingVerbs = set("reporting-verbs")
    timeNouns = table("time-nouns")
    timesOfDay = table("times-of-day")
    timeDeictics = set("time-deictics")
    preModifiers = table("pre-modifiers")
    degreeWords = table("degree-words")
    humanNouns = set("human-nouns")
    dayNames = set("day-names")
    months = set("month-names")
    let places = set("places-with-the")
    placesWithThe = places.filter { !$0.hasPrefix("* ") }
    placeEndingsWithThe = places.filter { $0.hasPrefix("* ") }.map { String($0.dropFirst(1)) }
      .sorted()
    amountWords = table("amount-words")
    extentWords = set("extent-words")
    fractionWords = set("fraction-words")
    distributives = set("distributives")
    singularNumerals = set("singular-numerals")
    pluralHeads = set("plural-heads")
    agoWords = set("ago-words")
    otherWords = set("other-words")
    timePrepositions = set("time-prepositions")
    englishSubjects = set("english-subjects")
    englishLyVerbs = set("english-ly-verbs")
    headlineMinorWords = set("headline-minor-words")
  }
}
