/// Slot orders: how a phrase the chunker built is written in English. A phrase is read
/// into named slots (a noun phrase: quantifier, number, head, noun modifiers, adjectives,
/// demonstrative, possessor…); the first `order` entry of its family (the id before the
/// first dot: `np`) whose `when` conditions hold gives the English order of the slots.
///
/// ```
/// order np.head-of
///   # a noun made from a verb takes its noun modifier with "of": penjualan aset → the sale of assets
///   when    nouns !names !adjectives lexicon-head !english-plural nominalisation|of-head
///   slots   indefinite quantifier article possessor owner leading number head "of" nouns
///   example Penjualan aset itu ditunda. => The sale of assets …
/// ```
///
/// A condition is the name of a slot (true when it is filled) or of a fact the chunker
/// records; `!` negates it and `a|b` holds when either holds. In `slots`, a word in double
/// quotes is English the order inserts; any item may end in `?CONDITION&CONDITION` to be
/// written only when those hold.
extension TransferRules {
  /// One `order` entry.
  public struct SlotOrder: Sendable {
    public var id: String
    public var location: SourceLocation
    /// Every condition must hold.
    var conditions: [Condition] = []
    var items: [Item] = []

    /// The phrase family (`np`), the id up to its first dot.
    var family: Substring { id.prefix { $0 != "." } }

    /// `transfer/noun-phrase.rules:12 np.head-of`, as `--explain` shows it.
    public internal(set) var reference = ""

    /// Whether every condition holds, given what is true of the phrase.
    func applies(_ holds: (String) -> Bool) -> Bool {
      conditions.allSatisfy { $0.holds(holds) }
    }
  }

  /// Alternatives, one of which must hold.
  struct Condition: Sendable {
    var terms: [(name: String, negated: Bool)]

    func holds(_ fact: (String) -> Bool) -> Bool {
      terms.contains { fact($0.name) != $0.negated }
    }
  }

  /// A slot or an inserted English word, written when its conditions hold.
  struct Item: Sendable {
    var slot: String?
    var literal: String?
    var conditions: [Condition] = []
  }

  /// The slot and fact names each family of orders may use.
  static let orderVocabulary: [String: (slots: [String], facts: [String])] = [
    "np": (NounPhraseChunker.slotNames, NounPhraseChunker.factNames)
  ]

  /// The reference (`transfer/yang.rules:48 yang.relative`) of the rule or `examples` block
  /// `id`, which documents a construction the engine builds, for `--explain`.
  func reference(of id: String) -> String? {
    (builtIn.first { $0.id == id } ?? rules.first { $0.id == id })?.reference
  }

  /// The orders of `family`, in file order.
  func orders(of family: String) -> [SlotOrder] {
    ordersByFamily[family] ?? []
  }

  /// `nouns !names nominalisation|of-head`: conditions, all of which must hold.
  static func parseConditions(
    _ text: Substring, family: Substring, at location: SourceLocation
  ) -> ([Condition], [Diagnostic]) {
    var conditions: [Condition] = []
    var problems: [Diagnostic] = []
    for (token, offset) in TransferRules.words(of: text) {
      var at = location
      at.column += offset
      let (condition, errors) = parseCondition(token, family: family, at: at)
      problems += errors
      if let condition { conditions.append(condition) }
    }
    return (conditions, problems)
  }

  private static func parseCondition(
    _ token: Substring, family: Substring, at: SourceLocation
  ) -> (Condition?, [Diagnostic]) {
    guard let vocabulary = orderVocabulary[String(family)] else { return (nil, []) }
    var terms: [(name: String, negated: Bool)] = []
    for part in token.split(separator: "|", omittingEmptySubsequences: false) {
      let negated = part.hasPrefix("!")
      let name = String(negated ? part.dropFirst() : part)
      guard vocabulary.slots.contains(name) || vocabulary.facts.contains(name) else {
        return (
          nil,
          [
            Diagnostic(
              .error, at: at,
              "unknown slot or fact '\(name)' in '\(token)' (slots: \(vocabulary.slots.joined(separator: ", ")); facts: \(vocabulary.facts.joined(separator: ", ")))"
            )
          ]
        )
      }
      terms.append((name, negated))
    }
    return (Condition(terms: terms), [])
  }

  /// `indefinite "the"?leading&number head "of"?nouns nouns`.
  static func parseItems(
    _ text: Substring, family: Substring, at location: SourceLocation
  ) -> ([Item], [Diagnostic]) {
    guard let vocabulary = orderVocabulary[String(family)] else { return ([], []) }
    var items: [Item] = []
    var problems: [Diagnostic] = []
    for (token, offset) in TransferRules.words(of: text) {
      var at = location
      at.column += offset
      let parts = token.split(separator: "?", maxSplits: 1, omittingEmptySubsequences: false)
      var item = Item()
      let body = parts[0]
      if body.count >= 3, body.hasPrefix("\""), body.hasSuffix("\"") {
        item.literal = String(body.dropFirst().dropLast())
      } else if vocabulary.slots.contains(String(body)) {
        item.slot = String(body)
      } else {
        problems.append(
          Diagnostic(
            .error, at: at,
            "unknown slot '\(body)' (expected one of \(vocabulary.slots.joined(separator: ", ")), or an English word in double quotes)"
          ))
        continue
      }
      if parts.count == 2 {
        var conditionAt = at
        conditionAt.column += body.count + 1
        for condition in parts[1].split(separator: "&", omittingEmptySubsequences: false) {
          let (parsed, errors) = parseCondition(condition, family: family, at: conditionAt)
          problems += errors
          if let parsed { item.conditions.append(parsed) }
          conditionAt.column += condition.count + 1
        }
      }
      items.append(item)
    }
    return (items, problems)
  }
}
