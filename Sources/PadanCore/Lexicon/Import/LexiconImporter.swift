internal import ICUWrapper

/// Merges the pairs a dictionary reader found into lexicon entries, one per lemma and part
/// of speech, leaving out the lemmas the lexicon already has.
///
/// Pairs without a part of speech get `defaultPartOfSpeech`. The English equivalents of
/// one entry follow the source's `order`, each listed once. Entries come out sorted by ICU
/// collation of the lemma (Indonesian), then by part of speech in
/// `LexiconEntry.PartOfSpeech.allCases` order, then by the lemma's bytes; ids count from
/// 0 in that order, and each origin is where the lemma was first read.
public struct LexiconImporter {
  public var defaultPartOfSpeech: LexiconEntry.PartOfSpeech
  /// Keep a lemma whose part of speech the lexicon has already, instead of skipping it.
  public var keepDuplicates: Bool
  private let lemmaCollator: Collator
  private let englishCollator: Collator

  /// Opens the ICU collators.
  ///
  /// - Throws: `Diagnostic` when ICU cannot open a collator.
  public init(defaultPartOfSpeech: LexiconEntry.PartOfSpeech = .noun, keepDuplicates: Bool = false)
    throws(Diagnostic)
  {
    self.defaultPartOfSpeech = defaultPartOfSpeech
    self.keepDuplicates = keepDuplicates
    do {
      lemmaCollator = try Collator(locale: "id")
      englishCollator = try Collator(locale: "en")
    } catch {
      throw Diagnostic(.error, at: nil, "cannot open the ICU collators: \(error)")
    }
  }

  /// The entries for `source`'s pairs.
  ///
  /// - Parameter existing: the lexicon to check for duplicates; a lemma it has with the
  ///   same part of speech is skipped (unless `keepDuplicates`).
  /// - Returns: the entries, and the lemmas skipped as duplicates.
  /// - Complexity: O(n log n) in the number of pairs.
  public func entries(from source: LexiconImportSource, existing: Lexicon = Lexicon(entries: []))
    -> (entries: [LexiconEntry], skipped: [LexiconImportSkip])
  {
    struct Group {
      var lemma: String
      var partOfSpeech: LexiconEntry.PartOfSpeech
      var origin: SourceLocation
      /// English equivalents in order of first appearance, with the senses that give them.
      var english: [String] = []
      var senses: [String: Set<Int>] = [:]
    }
    var groups: [Group] = []
    var groupIndex: [String: Int] = [:]
    for pair in source.pairs {
      let pos = pair.partOfSpeech ?? defaultPartOfSpeech
      let key = pair.lemma + "\t" + pos.rawValue
      let index: Int
      if let found = groupIndex[key] {
        index = found
      } else {
        index = groups.count
        groupIndex[key] = index
        groups.append(Group(lemma: pair.lemma, partOfSpeech: pos, origin: pair.origin))
      }
      if groups[index].senses[pair.english] == nil { groups[index].english.append(pair.english) }
      groups[index].senses[pair.english, default: []].insert(pair.sense)
    }

    var known: [String: SourceLocation] = [:]
    for entry in existing.entries {
      let key = entry.lemma + "\t" + entry.partOfSpeech.rawValue
      if known[key] == nil { known[key] = entry.origin }
    }
    var skipped: [LexiconImportSkip] = []
    var kept: [(entry: LexiconEntry, key: [UInt8])] = []
    for group in groups {
      let key = group.lemma + "\t" + group.partOfSpeech.rawValue
      if !keepDuplicates, let origin = known[key] {
        skipped.append(LexiconImportSkip(group.lemma, .inLexicon(origin), at: group.origin))
        continue
      }
      let english: [String]
      switch source.order {
      case .fileOrder: english = group.english
      case .bySenseCount:
        english = group.english.map { e in
          (e, group.senses[e]!.count, sortKey(e, englishCollator))
        }
        .sorted { a, b in
          if a.1 != b.1 { return a.1 > b.1 }
          if a.2 != b.2 { return a.2.lexicographicallyPrecedes(b.2) }
          return a.0.utf8.lexicographicallyPrecedes(b.0.utf8)
        }
        .map(\.0)
      }
      kept.append(
        (
          LexiconEntry(
            id: 0, lemma: group.lemma, partOfSpeech: group.partOfSpeech, english: english,
            cues: [], note: "", origin: group.origin),
          sortKey(group.lemma, lemmaCollator)
        ))
    }
    let order = LexiconEntry.PartOfSpeech.allCases
    kept.sort { a, b in
      if a.key != b.key { return a.key.lexicographicallyPrecedes(b.key) }
      let x = order.firstIndex(of: a.entry.partOfSpeech)!
      let y = order.firstIndex(of: b.entry.partOfSpeech)!
      if x != y { return x < y }
      return a.entry.lemma.utf8.lexicographicallyPrecedes(b.entry.lemma.utf8)
    }
    let entries = kept.enumerated().map { i, item in
      var entry = item.entry
      entry.id = i
      return entry
    }
    return (entries, skipped.sortedByOrigin())
  }

  private func sortKey(_ text: String, _ collator: Collator) -> [UInt8] {
    (try? collator.sortKey(text)) ?? Array(text.utf8)
  }
}

extension Array where Element == LexiconImportSkip {
  /// Skips in file, line and column order (stable for equal locations).
  public func sortedByOrigin() -> [LexiconImportSkip] {
    enumerated().sorted { a, b in
      let x = a.element.origin
      let y = b.element.origin
      let kx = (x.path, x.line, x.column)
      let ky = (y.path, y.line, y.column)
      return kx != ky ? kx < ky : a.offset < b.offset
    }.map(\.element)
  }
}
