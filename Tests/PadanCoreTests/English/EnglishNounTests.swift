import Testing

@testable import PadanCore

/// Noun plurals, from the shipped data and from the spelling rules alone.
@Suite struct EnglishNounTests {
  @Test(arguments: [
    // Rules.
    ("state", "states"), ("box", "boxes"), ("church", "churches"), ("bush", "bushes"),
    ("bus", "buses"), ("country", "countries"), ("day", "days"), ("guy", "guys"),
    ("soliloquy", "soliloquies"), ("photo", "photos"), ("belief", "beliefs"),
    ("chief", "chiefs"), ("MP", "MPs"), ("NGO", "NGOs"), ("1990", "1990s"),
    ("iPhone", "iPhones"),
    // Listed irregular plurals.
    ("man", "men"), ("woman", "women"), ("child", "children"), ("person", "people"),
    ("crisis", "crises"), ("analysis", "analyses"), ("criterion", "criteria"),
    ("phenomenon", "phenomena"), ("hero", "heroes"), ("leaf", "leaves"), ("wife", "wives"),
    ("quiz", "quizzes"), ("stomach", "stomachs"), ("sheep", "sheep"), ("series", "series"),
    // Endings ("*" rows) and their exceptions.
    ("spokesman", "spokesmen"), ("chairwoman", "chairwomen"), ("grandchild", "grandchildren"),
    ("spokesperson", "spokespeople"), ("metamorphosis", "metamorphoses"),
    ("spacecraft", "spacecraft"), ("housewife", "housewives"), ("human", "humans"),
    ("German", "Germans"), ("malware", "malware"),
    // Uncountable nouns.
    ("information", "information"), ("equipment", "equipment"), ("evidence", "evidence"),
    ("news", "news"), ("advice", "advice"), ("research", "research"), ("police", "police"),
    ("aid", "aid"),
    // Already plural.
    ("children", "children"), ("data", "data"), ("media", "media"),
    // Phrases.
    ("member state", "member states"), ("prime minister", "prime ministers"),
    ("aid worker", "aid workers"), ("intelligence information", "intelligence information"),
    ("head of state", "heads of state"), ("person in charge", "people in charge"),
    ("brother-in-law", "brothers-in-law"), ("commander-in-chief", "commanders-in-chief"),
    ("18-year-old", "18-year-olds"), ("check-in", "check-ins"), ("follow-up", "follow-ups"),
    ("secretary-general", "secretaries-general"), ("attorney general", "attorneys general"),
    ("passer-by", "passers-by"), ("co-chairman", "co-chairmen"), ("stand-by", "stand-bys"),
    ("take-off", "take-offs"),
    // Case.
    ("Child", "Children"), ("Person", "People"), ("Member State", "Member States"),
    ("CHILD", "CHILDREN"),
  ])
  func plural(noun: String, expected: String) {
    #expect(shippedEnglish.plural(noun) == expected)
  }

  @Test(arguments: [
    ("information", false), ("News", false), ("intelligence information", false),
    ("software", false), ("member state", true), ("aircraft", true), ("crisis", true),
    ("table", true),
  ])
  func countable(noun: String, expected: Bool) {
    #expect(shippedEnglish.isCountable(noun) == expected)
  }

  @Test func theRulesAloneNeverMakeVes() {
    let bare = EnglishMorphology()
    #expect(bare.plural("leaf") == "leafs")
    #expect(bare.plural("knife") == "knifes")
    #expect(bare.plural("hero") == "heros")
    #expect(bare.plural("crisis") == "crisises")
    #expect(bare.plural("") == "")
  }

  @Test func dataGivenInCodeIsUsed() {
    let morphology = EnglishMorphology(
      nouns: ["news": nil, "cactus": "cacti", "*man": "*men", "human": "humans"])
    #expect(morphology.plural("news") == "news")
    #expect(morphology.plural("Cactus") == "Cacti")
    #expect(morphology.plural("fireman") == "firemen")
    #expect(morphology.plural("human") == "humans")
    #expect(morphology.plural("man") == "mans")
    #expect(!morphology.isCountable("news"))
  }
}
