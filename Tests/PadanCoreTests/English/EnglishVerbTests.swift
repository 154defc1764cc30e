import Testing

@testable import PadanCore

/// Verb forms, from the shipped data and from the spelling rules alone.
@Suite struct EnglishVerbTests {
  @Test(arguments: [
    // Listed irregular verbs.
    ("say", "said"), ("hold", "held"), ("meet", "met"), ("lead", "led"), ("seek", "sought"),
    ("have", "had"), ("do", "did"), ("go", "went"), ("be", "was"), ("withdraw", "withdrew"),
    ("rebuild", "rebuilt"), ("forecast", "forecast"),
    // Prefix of a listed verb, not listed itself.
    ("outspend", "outspent"), ("overfeed", "overfed"), ("resit", "resat"),
    // Rules.
    ("visit", "visited"), ("open", "opened"), ("stop", "stopped"), ("plan", "planned"),
    ("quiz", "quizzed"), ("fix", "fixed"), ("snow", "snowed"), ("rain", "rained"),
    ("agree", "agreed"), ("die", "died"), ("carry", "carried"), ("play", "played"),
    ("panic", "panicked"), ("travel", "traveled"), ("ski", "skied"), ("target", "targeted"),
    // Data overrides of the rules.
    ("commit", "committed"), ("refer", "referred"), ("bus", "bused"), ("relay", "relayed"),
    // Phrases and hyphenated verbs.
    ("carry out", "carried out"), ("be able to", "was able to"), ("take part in", "took part in"),
    ("set up", "set up"), ("lie about", "lied about"), ("lie down", "lay down"),
    ("fast-track", "fast-tracked"), ("re-elect", "re-elected"), ("test-drive", "test-drove"),
    ("overlap", "overlapped"), ("outwit", "outwitted"),
    // Case.
    ("Say", "Said"), ("GO", "WENT"), ("Carry out", "Carried out"),
  ])
  func past(verb: String, expected: String) {
    #expect(shippedEnglish.past(verb) == expected)
  }

  @Test(arguments: [
    ("take", "taken"), ("be", "been"), ("get", "gotten"), ("go", "gone"), ("see", "seen"),
    ("write", "written"), ("forget", "forgotten"), ("undertake", "undertaken"),
    ("overthrow", "overthrown"), ("stop", "stopped"), ("visit", "visited"),
    ("be held", "been held"), ("carry out", "carried out"), ("Choose", "Chosen"),
  ])
  func pastParticiple(verb: String, expected: String) {
    #expect(shippedEnglish.pastParticiple(verb) == expected)
  }

  @Test(arguments: [
    ("make", "making"), ("run", "running"), ("die", "dying"), ("lie", "lying"),
    ("see", "seeing"), ("agree", "agreeing"), ("dye", "dyeing"), ("hoe", "hoeing"),
    ("be", "being"), ("argue", "arguing"), ("age", "aging"), ("panic", "panicking"),
    ("visit", "visiting"), ("open", "opening"), ("travel", "traveling"), ("play", "playing"),
    ("quit", "quitting"), ("quiz", "quizzing"), ("fix", "fixing"), ("commit", "committing"),
    ("bus", "busing"), ("begin", "beginning"), ("singe", "singeing"), ("forget", "forgetting"),
    ("input", "inputting"), ("babysit", "babysitting"), ("outrun", "outrunning"),
    ("broadcast", "broadcasting"), ("target", "targeting"),
    ("be able to", "being able to"), ("carry out", "carrying out"), ("Make", "Making"),
  ])
  func presentParticiple(verb: String, expected: String) {
    #expect(shippedEnglish.presentParticiple(verb) == expected)
  }

  @Test(arguments: [
    ("say", "says"), ("go", "goes"), ("do", "does"), ("have", "has"), ("be", "is"),
    ("try", "tries"), ("play", "plays"), ("watch", "watches"), ("push", "pushes"),
    ("fix", "fixes"), ("veto", "vetoes"), ("quiz", "quizzes"), ("buzz", "buzzes"),
    ("radio", "radios"), ("undergo", "undergoes"), ("can", "can"), ("must", "must"),
    ("carry out", "carries out"), ("be able to", "is able to"), ("Say", "Says"),
  ])
  func thirdPerson(verb: String, expected: String) {
    #expect(shippedEnglish.thirdPerson(verb) == expected)
  }

  @Test func theRulesAloneHandleRegularVerbsAndBe() {
    let bare = EnglishMorphology()
    #expect(bare.past("stop") == "stopped")
    #expect(bare.past("visit") == "visited")
    #expect(bare.past("be able to") == "was able to")
    #expect(bare.pastParticiple("be") == "been")
    #expect(bare.past("say") == "sayed")
    #expect(bare.thirdPerson("have") == "has")
    #expect(bare.past("") == "")
  }

  @Test func dataGivenInCodeIsUsed() {
    let morphology = EnglishMorphology(
      verbs: ["seek": ("sought", "sought"), "commit": ("committed", "committed")])
    #expect(morphology.past("seek") == "sought")
    #expect(morphology.past("Seek out") == "Sought out")
    #expect(morphology.past("reseek") == "resought")
    #expect(morphology.presentParticiple("commit") == "committing")
    #expect(morphology.past("hold") == "holded")
  }
}
