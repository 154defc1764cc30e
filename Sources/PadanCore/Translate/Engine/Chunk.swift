/// A chunk: lexemes the chunker grouped into one phrase of the Indonesian sentence, with
/// the features transfer rules read (number, person, humanness, definiteness, tense,
/// aspect, modality, negation, voice). Chunks nest: a noun phrase holds its possessor, a
/// `yang` relative holds its verb group.
struct Chunk: Sendable, Equatable {
  enum Kind: String, Sendable, CaseIterable {
    /// A noun phrase: head, modifiers, quantifiers and classifiers, demonstratives,
    /// possessors, names and titles, relatives, coordination.
    case nounPhrase = "NP"
    /// A verb group: aspect, modality, negation, voice, serial verbs and complements.
    case verbGroup = "VG"
    case prepositionalPhrase = "PP"
    case adjectivePhrase = "AP"
    case adverbPhrase = "ADVP"
    /// A date, time or number with its measure.
    case date = "DATE"
    case number = "NUM"
    /// A `yang` clause.
    case relative = "REL"
    /// A word that opens or closes a clause: a conjunction, a quotation mark, a reporting
    /// verb's clause.
    case clauseBoundary = "CL"
    case punctuation = "PUNCT"
    /// A word no chunk rule took.
    case word = "W"
  }

  var kind: Kind
  /// The lexemes covered (indices into the segment's lexemes).
  var range: Range<Int>
  /// The head lexeme, when the chunk has one.
  var head: Int?
  /// Features by name (`number=plural`, `human=yes`, `definite=yes`, `tense=future`,
  /// `negation=tidak`, `voice=passive`), in a stable order for `--explain`.
  var features: [(name: String, value: String)] = []
  var children: [Chunk] = []
  /// The rules (`file:line id`) that built the chunk.
  var rules: [String] = []

  init(
    _ kind: Kind, _ range: Range<Int>, head: Int? = nil,
    features: [(name: String, value: String)] = [], children: [Chunk] = [],
    rules: [String] = []
  ) {
    self.kind = kind
    self.range = range
    self.head = head
    self.features = features
    self.children = children
    self.rules = rules
  }

  func feature(_ name: String) -> String? {
    features.first { $0.name == name }?.value
  }

  mutating func set(_ name: String, _ value: String) {
    if let index = features.firstIndex(where: { $0.name == name }) {
      features[index].value = value
    } else {
      features.append((name, value))
    }
  }

  static func == (a: Chunk, b: Chunk) -> Bool {
    a.kind == b.kind && a.range == b.range && a.head == b.head
      && a.features.elementsEqual(b.features) { $0.name == $1.name && $0.value == $1.value }
      && a.children == b.children && a.rules == b.rules
  }

  /// `[NP head=kota definite=yes: kota itu]`, with nested chunks inside, for `--explain`.
  func description(_ lexemes: [Lexeme]) -> String {
    var text = "[" + kind.rawValue
    if let head { text += " head=" + lexemes[head].surface }
    for feature in features { text += " \(feature.name)=\(feature.value)" }
    text += ":"
    var k = range.lowerBound
    for child in children {
      while k < child.range.lowerBound {
        text += " " + lexemes[k].surface
        k += 1
      }
      text += " " + child.description(lexemes)
      k = child.range.upperBound
    }
    while k < range.upperBound {
      text += " " + lexemes[k].surface
      k += 1
    }
    return text + "]"
  }
}
