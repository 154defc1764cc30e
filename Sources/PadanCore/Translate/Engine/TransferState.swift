/// The transfer rules: reads lexemes in Indonesian order and writes English pieces, moving
/// modifiers before the nouns they modify, building verb groups from the tense, aspect and
/// negation markers, and formatting numbers and dates.
struct Transfer {
  let lexemes: [Lexeme]
  let english: EnglishMorphology
  /// The word lists (`Glossaries/rules/words/`).
  let words: FunctionWords
  /// The transfer rules written as data (`Glossaries/rules/transfer/`), tried first.
  let rules: TransferRules
  /// Rules applied, per lexeme, for explanations.
  private(set) var notes: [Int: [String]] = [:]
  var pieces: [Piece] = []
  var i = 0
  /// Whether the last noun phrase at clause level was plural (for was/were, is/are).
  var subjectPlural = false
  /// Whether the next verb is an infinitive ("to …").
  var infinitive = false
  /// The word before the infinitive: "to", "" (bare, after let/make/help) or "from" (+ -ing).
  var infinitiveMarker = "to"
  /// After a verb like "urge": the infinitive marker its object's verb will take.
  var pendingControl: String?
  /// Where the last noun phrase ended (lexeme index) and where its head is in `pieces`.
  var lastPhraseEnd = -1
  var lastHeadPiece: Int?
  /// Whether the next noun phrase follows a measure's "of" (`five years of prison`).
  var noArticleNext = false
  /// Whether the last words were "there is/are": the next noun phrase takes "a", not "the".
  var afterThereIs = false
  /// Whether the last noun phrase named a person (for "who").
  var lastPhraseHuman = false
  /// The last subject: whether it was a person, and plural (for a pronoun that repeats it).
  var lastSubjectHuman = false
  var lastSubjectPlural = false
  /// Whether a subject has been read in the segment (for what `-nya` refers back to).
  var sawSubject = false
  /// Whether the next verb follows `yang`.
  var relative = false
  /// Whether a noun phrase ended just before, with no verb since (a subject).
  var afterSubject = false
  /// The form a transfer rule gave the next verb (`tidak akan pernah` → will never + base).
  var verbForm: TransferRules.Role?
  /// Inside a quotation.
  var inQuote = false
  /// After a verb of saying in the past: will → would, can → could.
  var backshift = false

  /// A subject a quotation had when a reporting clause interrupted it (its number).
  var suspendedSubject: Bool?
  /// Where a clause opened by a rule (`role clause`) starts: a pronoun there is a subject.
  var clauseStart = -1
  /// Where the subject of a yes–no question starts in `pieces` (its auxiliary goes there).
  var questionAt: Int?
  /// The chunks built so far (verb groups, clause boundaries), for `--explain`.
  var chunks: [Chunk] = []

  /// Whether the text is a headline: no articles are added, and place names take no "the".
  let headline: Bool
  /// Whether "the" may be added (not in headlines, bylines and datelines).
  let articles: Bool

  init(
    lexemes: [Lexeme], english: EnglishMorphology, words: FunctionWords,
    rules: TransferRules = TransferRules(), headline: Bool = false, articles: Bool = true
  ) {
    self.rules = rules
    self.lexemes = lexemes
    self.english = english
    self.words = words
    self.headline = headline
    self.articles = articles && !headline
  }

  mutating func run() -> [Piece] {
    while i < lexemes.count {
      let start = i
      step()
      precondition(i > start, "transfer made no progress at lexeme \(start)")
    }
    return pieces
  }

  mutating func note(_ index: Int, _ rule: String) {
    notes[index, default: []].append(rule)
  }

  func word(_ k: Int) -> String? {
    k < lexemes.count && !lexemes[k].isPunctuation ? lexemes[k].lowercased : nil
  }

  mutating func emit(_ text: String, _ lexemes: [Int], joins: Bool = false) {
    guard !text.isEmpty else { return }
    pieces.append(Piece(text: text, lexemes: lexemes, joinsPrevious: joins))
  }
}
