/// Writes Padan's Indonesian sentence rules as SRX 2.0 (Segmentation Rules eXchange), so
/// that a CAT tool segments text the way Padan does.
///
/// One language rule, `Indonesian`, mapped to every language code starting with `id` or
/// `in`, with rules in the order SRX applies them (the first rule that matches a position
/// decides):
/// 0. a break on both sides of a ` • `, ` | ` or ` · ` that joins a byline to a dateline,
///    and after a leading logo run (`rmol news logo`) before a capitalised word;
/// 1. no break after a `prefix` abbreviation (`Dr.`, `Jl.`) or an initial (`B.J.`);
/// 2. after a `suffix` abbreviation (`Tbk.`): a break before an opening quote or a
///    sentence-starting word (`layout.tsv`), no break otherwise;
/// 3. no break after an `ambiguous` abbreviation (`dll.`) before a lower-case word;
/// 4. no break after `?` or `!` (and a closing quote) before a lower-case word
///    (`"Siapa?" tanya dia`);
/// 5. no break before a parenthetical credit that ends the paragraph
///    (`… 2022. (Kenzo TRIBOUILLARD / AFP)`);
/// 6. a break after `.`, `?`, `!` or `…` (with closing quotes and brackets) before white
///    space.
///
/// Line ends are paragraph ends in Padan; in a CAT tool that is the file filter's setting
/// (OmegaT: "paragraphs on line breaks"), not a segmentation rule. Regular expressions use
/// the ICU/Java syntax SRX 2.0 specifies. Same rules, same bytes.
public enum SRXWriter {
  public static let namespace = "http://www.lisa.org/srx20"
  public static let languageRuleName = "Indonesian"

  public static func text(_ rules: SegmentationRules) -> String {
    var xml = XMLWriter()
    xml.open("srx", ["xmlns": namespace, "version": "2.0"])
    xml.open("header", ["segmentsubflows": "yes", "cascade": "no"])
    xml.element("formathandle", ["type": "start", "include": "no"])
    xml.element("formathandle", ["type": "end", "include": "yes"])
    xml.element("formathandle", ["type": "isolated", "include": "no"])
    xml.close()
    xml.open("body")
    xml.open("languagerules")
    xml.open("languagerule", ["languagerulename": languageRuleName])
    for rule in self.rules(rules) {
      xml.open("rule", ["break": rule.breaks ? "yes" : "no"])
      xml.element("beforebreak", text: rule.before)
      xml.element("afterbreak", text: rule.after)
      xml.close()
    }
    xml.close()
    xml.close()
    xml.open("maprules")
    xml.element(
      "languagemap",
      ["languagepattern": "(?i)(id|in)([-_].*)?", "languagerulename": languageRuleName])
    xml.close()
    xml.close()
    xml.close()
    return xml.text
  }

  /// One SRX rule: a break (or none) between text matching `before` and text matching
  /// `after`.
  public struct Rule: Sendable, Hashable {
    public var breaks: Bool
    public var before: String
    public var after: String
  }

  /// Closing quotes and brackets that may follow the final punctuation of a sentence.
  static let closers = "[\"'”’»)\\]]*"
  /// What may precede a token: the start, white space or an opening quote or bracket.
  static let tokenStart = "(?:^|[\\s\"'“‘«(\\[])"

  /// The rules in the order they apply.
  public static func rules(_ rules: SegmentationRules) -> [Rule] {
    var out: [Rule] = []
    // A byline joined to a dateline or another byline by ` | `, ` • ` or ` · ` is split
    // there (the separator is left between the two segments).
    out.append(Rule(breaks: true, before: "\\S", after: "\\s+[|•·]\\s"))
    out.append(Rule(breaks: true, before: "\\s[|•·]", after: "\\s+\\S"))
    // A leading run of at most four lower-case words ending in a logo word is page
    // furniture, split from the capitalised sentence after it (`rmol news logo Kondisi …`).
    let logos = rules.logoWords.sorted()
    if !logos.isEmpty {
      out.append(
        Rule(
          breaks: true, before: "^(?:\\p{Ll}+\\s+){0,3}(?:" + alternatives(logos) + ")",
          after: "\\s+\\p{Lu}"))
    }
    let prefixes = rules.prefixAbbreviations.sorted()
    if !prefixes.isEmpty {
      out.append(
        Rule(
          breaks: false, before: tokenStart + "(?:" + alternatives(prefixes) + ")",
          after: "\\s"))
    }
    out.append(
      Rule(breaks: false, before: tokenStart + "(?:\\p{Lu}\\.)+", after: "\\s+\\p{Lu}"))
    let suffixes = rules.suffixAbbreviations.sorted()
    if !suffixes.isEmpty {
      let suffix = tokenStart + "(?:" + alternatives(suffixes) + ")"
      let starters = rules.sentenceStarters.sorted().map(capitalised)
      var next = "[\"“‘«]"
      if !starters.isEmpty { next = "(?:" + next + "|(?:" + alternatives(starters) + ")\\b)" }
      out.append(Rule(breaks: true, before: suffix, after: "\\s+" + next))
      out.append(Rule(breaks: false, before: suffix, after: "\\s"))
    }
    let ambiguous = rules.ambiguousAbbreviations.sorted()
    if !ambiguous.isEmpty {
      out.append(
        Rule(
          breaks: false, before: tokenStart + "(?:" + alternatives(ambiguous) + ")",
          after: "\\s+[^\\s\\p{Lu}\\p{N}\"“‘«]"))
    }
    out.append(Rule(breaks: false, before: "[?!]+" + closers, after: "\\s+\\p{Ll}"))
    out.append(
      Rule(breaks: false, before: "[.?!…]+" + closers, after: "\\s+\\([^()]*\\)\\s*$"))
    out.append(Rule(breaks: true, before: "[.?!…]+" + closers, after: "\\s"))
    return out
  }

  /// `a|b|c` with every item's regular-expression characters escaped, longest first so
  /// that `K.H.` is tried before `H.`.
  static func alternatives(_ items: [String]) -> String {
    items.sorted { ($0.count, $1) > ($1.count, $0) }.map(escaped).joined(separator: "|")
  }

  /// `s` with the characters that are special in ICU/Java regular expressions escaped.
  static func escaped(_ s: String) -> String {
    var out = ""
    for c in s {
      if "\\^$.|?*+()[]{}-/".contains(c) { out.append("\\") }
      out.append(c)
    }
    return out
  }

  /// `namun` → `Namun`: sentence starters are listed in lower case.
  static func capitalised(_ word: String) -> String {
    word.prefix(1).uppercased() + word.dropFirst()
  }
}
