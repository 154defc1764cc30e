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
    wordLists: WordLists = WordLists(), transferRules: TransferRules = TransferRules(),
    glossaryFingerprint: String = "", lexiconFingerprint: String = ""
  ) {
    self.glossary = glossary
    self.lexicon = lexicon
    self.english = english
    self.wordLists = wordLists
    self.functionWords = FunctionWords(wordLists)
    self.transferRules = transferRules
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
    let (english, englishProblems) = try EnglishMorphology.load(rulesDirectory: rules)
    let (words, wordProblems, wordFiles) = try WordLists.load(
      directory: (rules as NSString).appendingPathComponent(WordLists.folder))
    let (transfer, transferProblems, transferFiles) = try TransferRules.load(
      directory: (rules as NSString).appendingPathComponent(TransferRules.folder), lists: words)
    let resources = TranslationResources(
      glossary: glossary, lexicon: lexicon, english: english, wordLists: words,
      transferRules: transfer, glossaryFingerprint: fingerprint(glossaryFiles),
      lexiconFingerprint: fingerprint(lexiconFiles + englishFiles + wordFiles + transferFiles))
    return (
      resources,
      glossaryProblems + lexiconProblems + englishProblems + wordProblems + transferProblems
    )
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
