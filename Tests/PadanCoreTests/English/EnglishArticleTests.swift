import Testing

@testable import PadanCore

/// `a` or `an`, by the sound of the next word.
@Suite struct EnglishArticleTests {
  @Test(arguments: [
    // Letters as sounds.
    ("apple", "an"), ("house", "a"), ("year", "a"), ("umbrella", "an"), ("only child", "an"),
    ("European", "a"), ("eulogy", "a"), ("university", "a"), ("unit", "a"), ("union", "a"),
    ("unanimous", "a"), ("usual", "a"), ("user", "a"), ("Ukrainian", "a"), ("Ugandan", "a"),
    ("unidentified", "an"), ("unusual", "an"), ("uprising", "an"), ("urgent", "an"),
    ("Uzbek", "an"), ("one-day", "a"), ("one", "a"), ("once-in-a-lifetime", "a"),
    ("onerous", "an"),
    // Silent h.
    ("hour", "an"), ("hourly", "an"), ("honest", "an"), ("honorary", "an"), ("heir", "an"),
    ("historic", "a"), ("hotel", "a"),
    // Letter by letter.
    ("MP", "an"), ("MPs", "an"), ("FBI", "an"), ("NGO", "an"), ("SUV", "an"), ("IMF", "an"),
    ("LGBT", "an"), ("U.S.", "a"), ("UN", "a"), ("KPK", "a"), ("X-ray", "an"),
    ("S-400", "an"), ("e-mail", "an"), ("U-turn", "a"), ("T-shirt", "a"),
    // Capitals read as a word.
    ("NATO", "a"), ("NASA", "a"), ("FIFA", "a"), ("ASEAN", "an"), ("OPEC", "an"),
    ("UNESCO", "a"), ("UNHCR", "a"),
    // Numbers as said.
    ("8", "an"), ("8.5%", "an"), ("11", "an"), ("11th", "an"), ("18-year-old", "an"),
    ("80", "an"), ("800", "an"), ("110", "a"), ("1800s", "an"), ("2018", "a"),
    ("11,000", "an"), ("18000", "an"), ("1,800", "a"), ("180,000", "a"), ("1", "a"),
    // Punctuation before the word.
    ("“honest” man", "an"), ("(MP)", "an"), ("", "a"),
  ])
  func article(word: String, expected: String) {
    #expect(shippedEnglish.indefiniteArticle(for: word) == expected)
  }
}

/// Adjectives and people nouns of place names.
@Suite struct EnglishDemonymTests {
  @Test(arguments: [
    ("Russia", "Russian"), ("United States", "U.S."), ("Indonesia", "Indonesian"),
    ("Europe", "European"), ("Ukraine", "Ukrainian"), ("Netherlands", "Dutch"),
    ("the Netherlands", "Dutch"), ("Philippines", "Philippine"), ("Asia", "Asian"),
    ("Africa", "African"), ("Middle East", "Middle Eastern"), ("Southeast Asia", "Southeast Asian"),
    ("Latin America", "Latin American"), ("Balkans", "Balkan"), ("Baltics", "Baltic"),
    ("United Kingdom", "British"), ("Britain", "British"), ("Ivory Coast", "Ivorian"),
    ("Democratic Republic of the Congo", "Congolese"), ("Russian Federation", "Russian"),
    ("russia", "Russian"), ("New Zealand", "New Zealand"), ("Aceh", "Acehnese"),
  ])
  func adjective(place: String, expected: String) {
    #expect(shippedEnglish.demonym(of: place) == expected)
  }

  @Test(arguments: [
    ("Russia", "Russians"), ("Philippines", "Filipinos"), ("Netherlands", "Dutch"),
    ("United States", "Americans"), ("Spain", "Spaniards"),
  ])
  func people(place: String, expected: String) {
    #expect(shippedEnglish.people(of: place) == expected)
  }

  @Test func unknownPlacesHaveNone() {
    #expect(shippedEnglish.demonym(of: "Jakarta") == nil)
    #expect(shippedEnglish.demonym(of: "Atlantis") == nil)
    #expect(shippedEnglish.people(of: "Vatican") == nil)
    #expect(EnglishMorphology(demonyms: ["Russia": "Russian"]).demonym(of: "RUSSIA") == "Russian")
  }
}
