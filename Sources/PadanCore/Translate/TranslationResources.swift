internal import Foundation

/// Everything the translator reads from `Glossaries/`: the glossaries, the lexicon, and
/// their fingerprints (which `Output/` records, so a changed glossary or lexicon shows).
public struct TranslationResources: Sendable {
  public let glossary: Glossary
  public let lexicon: Lexicon
  public let matcher: GlossaryMatcher
  /// English inflection, articles and demonyms (`rules/english-*.tsv`, `rules/demonyms.tsv`).
  public let english: EnglishMorphology
  /// The closed-class word lists of the transfer rules (`rules/words/*.tsv`).
  public let wordLists: WordLists
  let functionWords: FunctionWords
  /// The transfer rules written as data (`rules/transfer/*.rules`).
  public let transferRules: TransferRules
  /// English for loanwords the lexicon lacks (`rules/loanwords.tsv`); `nil` without an
  /// English word list.
  public let loanwords: LoanwordTransliterator?
  /// Words the morphological analyser never splits (`rules/opaque-words.tsv`).
  public let opaqueWords: Set<String>
  /// Particles, ordinal bases and short roots for the analyser
  /// (`rules/morphology-words.tsv`).
  public let morphologyClasses: MorphologyWordClasses
  /// Honorifics before a name, as title entries (`rules/honorifics.tsv`: Tuan → Mr).
  public let honorifics: [String: GlossaryEntry]
  /// SHA-256 over the names and bytes of the glossary files, in load order.
  public let glossaryFingerprint: String
  /// SHA-256 over the names and bytes of the lexicon files, in load order, then the English
  /// rules files, the word lists and the transfer rules.
  public let lexiconFingerprint: String
  /// Index of the lexicon: lowercased lemma → entries, in load order.
  let lexiconIndex: [String: [Int]]
  /// For the first word of every lexicon phrase of two or more words, the most words any
  /// such phrase has.
  let phraseLengths: [String: Int]

  public init(
    glossary: Glossary, lexicon: Lexicon, english: EnglishMorphology = EnglishMorphology(),
    glossaryFingerprint: String = "", lexiconFingerprint: String = "",
    loanwords: LoanwordTransliterator? = nil, opaqueWords: Set<String> = [],
    morphologyClasses: MorphologyWordClasses = MorphologyWordClasses(),
    honorifics: [String: GlossaryEntry] = [:], wordLists: WordLists = WordLists(),
    transferRules: TransferRules = TransferRules()
  ) {
    self.wordLists = wordLists
    self.functionWords = FunctionWords(wordLists)
    self.transferRules = transferRules
    self.opaqueWords = opaqueWords
    self.morphologyClasses = morphologyClasses
    self.honorifics = honorifics
    self.glossary = glossary
    self.lexicon = lexicon
    var english = english
    if english.wordList != nil {
      english.targetWords = Self.englishWords(of: lexicon, glossary: glossary)
      for words in english.places.values {
        for word in ([words.adjective] + [words.people].compactMap { $0 }) {
          english.targetWords.formUnion(
            word.split(whereSeparator: { !$0.isLetter }).map { $0.lowercased() })
        }
      }
    }
    self.english = english
    self.loanwords = loanwords
    self.matcher = GlossaryMatcher(glossary: glossary)
    self.glossaryFingerprint = glossaryFingerprint
    self.lexiconFingerprint = lexiconFingerprint
    var index: [String: [Int]] = [:]
    for (i, entry) in lexicon.entries.enumerated() {
      index[entry.lemma.lowercased(), default: []].append(i)
    }
    self.lexiconIndex = index
    var lengths: [String: Int] = [:]
    for lemma in index.keys {
      let words = lemma.split(separator: " ")
      guard words.count > 1 else { continue }
      lengths[String(words[0]), default: 0] = max(lengths[String(words[0])] ?? 0, words.count)
    }
    self.phraseLengths = lengths
  }

  /// Loads `directory/*.tsv` as glossaries and `directory/lexicon/*.tsv` as the lexicon.
  ///
  /// - Returns: the resources and every problem found in the files; rows with errors are
  ///   left out, so callers decide whether errors stop them.
  /// - Throws: `Diagnostic` when a folder or file cannot be read.
  public static func load(directory: String) throws(Diagnostic) -> (
    TranslationResources, [Diagnostic]
  ) {
    let glossaryFiles = try Glossary.readFiles(directory: directory)
    let lexiconFiles = try TSVTable.readFolder(
      (directory as NSString).appendingPathComponent("lexicon"), kind: "lexicon")
    let rules = (directory as NSString).appendingPathComponent("rules")
    var englishFiles: [(path: String, bytes: [UInt8])] = []
    for name in [
      EnglishMorphology.verbsFile, EnglishMorphology.nounsFile, EnglishMorphology.demonymsFile,
    ] {
      let path = (rules as NSString).appendingPathComponent(name)
      englishFiles.append((path, try EnglishMorphology.readData(path)))
    }
    let (glossary, glossaryProblems) = Glossary.parse(files: glossaryFiles)
    let (lexicon, lexiconProblems) = Lexicon.parse(files: lexiconFiles)
    var (english, englishProblems) = try EnglishMorphology.load(rulesDirectory: rules)
    // The rules below are optional: a folder without them translates without opaque words,
    // honorifics or loanwords.
    func optionalRules(_ name: String) throws(Diagnostic) -> (String, [UInt8])? {
      let path = (rules as NSString).appendingPathComponent(name)
      guard FileManager.default.fileExists(atPath: path) else { return nil }
      let bytes = try EnglishMorphology.readData(path)
      englishFiles.append((path, bytes))
      return (path, bytes)
    }
    var opaqueWords = Set<String>()
    if let (path, bytes) = try optionalRules(IndonesianMorphology.opaqueWordsFile) {
      let problems: [Diagnostic]
      (opaqueWords, problems) = IndonesianMorphology.opaqueWords(bytes, path: path)
      englishProblems += problems
    }
    var morphologyClasses = MorphologyWordClasses()
    if let (path, bytes) = try optionalRules(MorphologyWordClasses.file) {
      let problems: [Diagnostic]
      (morphologyClasses, problems) = MorphologyWordClasses.parse(bytes, path: path)
      englishProblems += problems
    }
    var honorifics: [String: GlossaryEntry] = [:]
    if let (path, bytes) = try optionalRules(honorificsFile) {
      let problems: [Diagnostic]
      (honorifics, problems) = Self.honorifics(bytes, path: path)
      englishProblems += problems
    }
    var loanwords: LoanwordTransliterator?
    if let words = EnglishWordList.load(path: wordListPath) {
      english.wordList = words
      if let (path, bytes) = try optionalRules(LoanwordTransliterator.fileName) {
        let (rules, problems) = LoanwordTransliterator.parse(bytes, path: path)
        loanwords = LoanwordTransliterator(rules: rules, words: words)
        englishProblems += problems
      }
      englishFiles.append((words.path, Array("\(words.count)".utf8)))
    }
    let (words, wordProblems, wordFiles) = try WordLists.load(
      directory: (rules as NSString).appendingPathComponent(WordLists.folder))
    let (transfer, transferProblems, transferFiles) = try TransferRules.load(
      directory: (rules as NSString).appendingPathComponent(TransferRules.folder), lists: words)
    let resources = TranslationResources(
      glossary: glossary, lexicon: lexicon, english: english,
      glossaryFingerprint: fingerprint(glossaryFiles),
      lexiconFingerprint: fingerprint(lexiconFiles + englishFiles + wordFiles + transferFiles),
      loanwords: loanwords, opaqueWords: opaqueWords, morphologyClasses: morphologyClasses,
      honorifics: honorifics, wordLists: words,
      transferRules: transfer)
    return (
      resources,
      glossaryProblems + lexiconProblems + englishProblems + wordProblems + transferProblems
    )
  }

  public static let honorificsFile = "honorifics.tsv"
  public static let honorificColumns = ["honorific", "english", "note"]

  /// The rows of an honorifics file as title entries, by honorific as written.
  static func honorifics(_ bytes: [UInt8], path: String) -> ([String: GlossaryEntry], [Diagnostic])
  {
    let (table, tableProblems) = TSVTable.parse(
      bytes, path: path, expectedHeader: honorificColumns, minimumFields: 2)
    var problems = tableProblems
    var result: [String: GlossaryEntry] = [:]
    for row in table.rows {
      guard table.checkText(of: row, spaceRuns: true, problems: &problems) else { continue }
      let (honorific, english) = (row.fields[0], row.fields[1])
      guard !honorific.isEmpty, !english.isEmpty, result[honorific] == nil else {
        problems.append(
          Diagnostic(
            .error, at: table.location(of: row, field: 0),
            honorific.isEmpty || english.isEmpty
              ? "empty honorific or english" : "'\(honorific)' is listed twice"))
        continue
      }
      result[honorific] = GlossaryEntry(
        id: -1, source: honorific, target: english, kind: .title,
        note: row.fields.count > 2 ? row.fields[2] : "",
        origin: SourceLocation(path: table.path, line: row.line, column: 1))
    }
    return (result, problems)
  }

  /// The English word list: `PADAN_WORDS` when set, else `/usr/share/dict/words`.
  public static var wordListPath: String {
    ProcessInfo.processInfo.environment["PADAN_WORDS"] ?? EnglishWordList.defaultPath
  }

  /// A note for explanations when no English word list was found.
  public var wordListNote: String? {
    english.wordList == nil
      ? "no English word list at \(Self.wordListPath) (install wamerican): loanword "
        + "transliteration and the check of English inflections are off" : nil
  }

  /// The lower-case words of every lexicon equivalent and glossary target.
  static func englishWords(of lexicon: Lexicon, glossary: Glossary) -> Set<String> {
    var words = Set<String>()
    func add(_ text: String) {
      for word in text.split(whereSeparator: { !$0.isLetter }) { words.insert(word.lowercased()) }
    }
    for entry in lexicon.entries { entry.english.forEach(add) }
    for entry in glossary.entries { add(entry.target) }
    return words
  }

  /// SHA-256 over each file's name (without folders), a NUL, its size and its bytes.
  static func fingerprint(_ files: [(path: String, bytes: [UInt8])]) -> String {
    var hash = SHA256()
    for (path, bytes) in files {
      hash.update((path as NSString).lastPathComponent)
      hash.update("\u{0}\(bytes.count)\u{0}")
      hash.update(bytes)
    }
    return hash.hexDigest()
  }

  /// The lexicon entries for `word`, looked up case-insensitively, in load order.
  public func lexiconEntries(for word: some StringProtocol) -> [LexiconEntry] {
    guard let ids = lexiconIndex[word.lowercased()] else { return [] }
    return ids.map { lexicon.entries[$0] }
  }
}
