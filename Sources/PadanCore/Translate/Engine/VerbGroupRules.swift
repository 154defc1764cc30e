/// Verb-group rules written as data (`group` and `part` blocks of `verb-group.rules`): a
/// condition over the features of a verb group and an English template.
///
/// ```
/// group vg.future-negation
///   when    future negation
///   output  will not $verb
///   example Kota itu tidak akan diserang. => That city will not be attacked.
/// ```
///
/// A `group` rule realises a group that has a verb: the first one, in file order, whose
/// conditions all hold writes the whole group. A `part` rule writes markers with no verb
/// after them (`sudah` before an adjective): every one whose conditions hold adds its
/// words, in file order.
struct VerbGroupRule: Sendable {
  enum Kind: String, Sendable {
    case group, part
  }

  /// `name`, `name=value`, `!name` or `!name=value`.
  struct Condition: Sendable, Equatable {
    var name: String
    var value: String?
    var negated: Bool

    func holds(_ features: [String: String]) -> Bool {
      let present: Bool
      if let value {
        present = features[name] == value
      } else {
        present = features[name] != nil
      }
      return present != negated
    }
  }

  /// One word of a template.
  enum Token: Sendable, Equatable {
    case literal(String)
    /// `$verb`, `$verb.past`, …: the verb in an English form.
    case verb(VerbForm)
    /// `$modal`, `$modal.past`, `$modal.rest`.
    case modal(ModalForm)
    /// `$was`, `$is`, `$has`: agree with the subject.
    case agreement(Agreement)
    /// `$adverbs`: where the group's adverbs go (`has also`, `did not also`).
    case adverbs
    /// `$negation`: the English of the negator (`not`, `not yet`, `do not`).
    case negation
    /// `$agent`: the agent noun phrase after a passive verb, which becomes the subject
    /// (the verb is then active).
    case agent
  }

  /// Forms of the verb. Those marked voice-aware give the passive form when the verb is
  /// passive: `$verb` base or `be` + participle, `$verb.past` past or `was` + participle,
  /// `$verb.perfect` participle or `been` + participle, `$verb.ing` -ing or `being` +
  /// participle.
  enum VerbForm: String, Sendable, CaseIterable {
    case base = "", past, perfect, ing, participle, rest, present
  }

  enum ModalForm: String, Sendable, CaseIterable {
    case english = "", past, rest
  }

  enum Agreement: String, Sendable, CaseIterable {
    case was, `is`, has
  }

  var kind: Kind
  var conditions: [Condition] = []
  var template: [Token] = []

  func holds(_ features: [String: String]) -> Bool {
    conditions.allSatisfy { $0.holds(features) }
  }

  static func parseConditions(
    _ text: Substring, at location: (String, Int, Int)
  ) -> ([Condition], [Diagnostic]) {
    var conditions: [Condition] = []
    var problems: [Diagnostic] = []
    for (token, offset) in TransferRules.words(of: text) {
      var body = token
      let negated = body.hasPrefix("!")
      if negated { body = body.dropFirst() }
      let parts = body.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
      let name = String(parts[0])
      guard Self.featureNames.contains(name), parts.count == 1 || !parts[1].isEmpty else {
        problems.append(
          Diagnostic(
            .error,
            at: SourceLocation(path: location.0, line: location.1, column: location.2 + offset),
            "unknown verb-group feature '\(body)' (expected \(featureNames.sorted().joined(separator: ", ")), optionally =VALUE, optionally after '!')"
          ))
        continue
      }
      conditions.append(
        Condition(name: name, value: parts.count > 1 ? String(parts[1]) : nil, negated: negated))
    }
    return (conditions, problems)
  }

  static func parseTemplate(
    _ text: Substring, at location: (String, Int, Int)
  ) -> ([Token], [Diagnostic]) {
    var tokens: [Token] = []
    var problems: [Diagnostic] = []
    for (token, offset) in TransferRules.words(of: text) {
      guard token.hasPrefix("$") else {
        tokens.append(.literal(String(token)))
        continue
      }
      let parts = token.dropFirst().split(
        separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
      let name = parts[0]
      let form = parts.count > 1 ? String(parts[1]) : ""
      var parsed: Token?
      switch name {
      case "verb": parsed = VerbForm(rawValue: form).map(Token.verb)
      case "modal": parsed = ModalForm(rawValue: form).map(Token.modal)
      case "was", "is", "has":
        parsed = form.isEmpty ? Agreement(rawValue: String(name)).map(Token.agreement) : nil
      case "adverbs": parsed = form.isEmpty ? .adverbs : nil
      case "negation": parsed = form.isEmpty ? .negation : nil
      case "agent": parsed = form.isEmpty ? .agent : nil
      default: parsed = nil
      }
      guard let parsed else {
        problems.append(
          Diagnostic(
            .error,
            at: SourceLocation(path: location.0, line: location.1, column: location.2 + offset),
            "unknown template word '\(token)' (expected $verb[.past|.perfect|.ing|.participle|.rest], $modal[.past|.rest], $was, $is, $has, $adverbs, $negation or $agent)"
          ))
        continue
      }
      tokens.append(parsed)
    }
    return (tokens, problems)
  }

  /// The features the verb-group chunker sets (see `VerbGroupChunker`).
  static let featureNames: Set<String> = [
    "negation", "future", "perfect", "progressive", "modal", "modal-be", "modal-to",
    "modal-lexicon", "passive", "form", "infinitive", "relative",
    "copula", "backshift", "verb", "next", "after-subject", "catenative", "agent", "opening",
    "imperative", "whole-sentence",
  ]
}
