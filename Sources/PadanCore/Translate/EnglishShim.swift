// TEMPORARY compile shim: replaced by the english-generation branch on merge.
public struct EnglishMorphology: Sendable {
  public init() {}
  public func plural(_ noun: String) -> String {
    if noun.hasSuffix("s") || noun.hasSuffix("x") || noun.hasSuffix("ch") || noun.hasSuffix("sh") {
      return noun + "es"
    }
    if noun.hasSuffix("y"), let p = noun.dropLast().last, !"aeiou".contains(p) {
      return noun.dropLast() + "ies"
    }
    return noun + "s"
  }
  public func past(_ verb: String) -> String {
    var words = verb.split(separator: " ", maxSplits: 1).map(String.init)
    let irregular = [
      "say": "said", "hold": "held", "be": "was", "have": "had", "do": "did", "make": "made",
      "give": "gave", "take": "took", "meet": "met", "go": "went",
    ]
    if let p = irregular[words[0]] {
      words[0] = p
    } else if words[0].hasSuffix("e") {
      words[0] += "d"
    } else if words[0].hasSuffix("y"), let p = words[0].dropLast().last, !"aeiou".contains(p) {
      words[0] = words[0].dropLast() + "ied"
    } else {
      words[0] += "ed"
    }
    return words.joined(separator: " ")
  }
  public func pastParticiple(_ verb: String) -> String {
    let w = verb.split(separator: " ", maxSplits: 1).map(String.init)
    let irregular = [
      "say": "said", "hold": "held", "be": "been", "have": "had", "do": "done", "make": "made",
      "give": "given", "take": "taken", "meet": "met", "go": "gone",
    ]
    if let p = irregular[w[0]] { return ([p] + w.dropFirst()).joined(separator: " ") }
    return past(verb)
  }
  public func presentParticiple(_ verb: String) -> String {
    var words = verb.split(separator: " ", maxSplits: 1).map(String.init)
    if words[0].hasSuffix("e") && words[0] != "be" {
      words[0] = words[0].dropLast() + "ing"
    } else {
      words[0] += "ing"
    }
    return words.joined(separator: " ")
  }
  public func thirdPerson(_ verb: String) -> String { plural(verb) }
  public func indefiniteArticle(for word: String) -> String {
    "aeiouAEIOU".contains(word.first ?? "x") ? "an" : "a"
  }
  public func demonym(of place: String) -> String? {
    [
      "Russia": "Russian", "Europe": "European", "Ukraine": "Ukrainian", "Indonesia": "Indonesian",
      "United States": "U.S.",
    ][place]
  }
}
