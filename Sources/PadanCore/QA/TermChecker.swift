/// One problem `TermChecker` found in a unit of a bilingual file.
public struct QAFinding: Sendable, Hashable {
  /// What was checked.
  public enum Kind: String, Sendable, Hashable, CaseIterable {
    /// A glossary term of the source whose English is missing from the target.
    case term
    /// A glossary term of the source translated with an English form the entry forbids.
    case forbidden
    /// The same source translated differently elsewhere in the files checked.
    case inconsistent
    /// Numbers of the source missing from the target, or the other way round.
    case number
    /// A unit with no English, or English identical to the Indonesian.
    case untranslated
  }

  /// The file as named to the checker.
  public var file: String
  /// The unit's id (`3.2` in Padan's files), or its position, 1-based, when it has none.
  public var unit: String
  public var kind: Kind
  public var message: String
  /// The glossary entry a `term` or `forbidden` finding is about, `Glossaries/x.tsv:LINE`.
  public var entry: String?
  public var source: String
  public var target: String
  /// The UTF-8 bytes of `source` the finding is about (the glossary term), if known.
  public var sourceMark: Range<Int>?
  /// The UTF-8 bytes of `target` the finding is about (the forbidden English), if known.
  public var targetMark: Range<Int>?

  public init(
    file: String, unit: String, kind: Kind, message: String, entry: String? = nil,
    source: String, target: String, sourceMark: Range<Int>? = nil, targetMark: Range<Int>? = nil
  ) {
    self.file = file
    self.unit = unit
    self.kind = kind
    self.message = message
    self.entry = entry
    self.source = source
    self.target = target
    self.sourceMark = sourceMark
    self.targetMark = targetMark
  }
}

extension QAFinding.Kind {
  /// What a finding of this kind means, for the reports.
  public var meaning: String {
    switch self {
    case .term: "a glossary term of the Indonesian whose English is not in the English"
    case .forbidden: "a glossary term translated with English the glossary forbids"
    case .inconsistent: "the same Indonesian translated differently in another unit"
    case .number: "numbers that differ between the Indonesian and the English"
    case .untranslated: "no English, or the Indonesian left as it is"
    }
  }
}

/// Term QA of bilingual files against the glossaries.
///
/// For every unit that is not boilerplate it checks that the English of every glossary
/// term found in the Indonesian (with `GlossaryMatcher`, so clitics, reduplicated plurals
/// and headline case match as in translation) appears in the English, in one of the forms
/// the glossary allows: as written; with a capital first letter or in headline case; in
/// capitals; followed by a plural `-s`/`-es` or a possessive `'s`; or, for a place, as its
/// adjective or people (`Russia` → `Russian`, `Russians`). It also reports numbers that
/// differ, units left untranslated, and sources translated two ways.
public struct TermChecker: Sendable {
  public let glossary: Glossary
  let matcher: GlossaryMatcher
  let morphology: EnglishMorphology

  public init(glossary: Glossary, morphology: EnglishMorphology = EnglishMorphology()) {
    self.glossary = glossary
    self.matcher = GlossaryMatcher(glossary: glossary)
    self.morphology = morphology
  }

  /// The English forms accepted for `target`, before any plural or possessive ending.
  static func acceptedForms(of target: String, morphology: EnglishMorphology) -> [[UInt8]] {
    var bases = [target]
    if let adjective = morphology.demonym(of: target) { bases.append(adjective) }
    if let people = morphology.people(of: target) { bases.append(people) }
    var result: [String] = []
    for base in bases {
      let capitalised = base.prefix(1).uppercased() + base.dropFirst()
      let headline = base.split(separator: " ", omittingEmptySubsequences: false).map {
        $0.prefix(1).uppercased() + $0.dropFirst()
      }.joined(separator: " ")
      for form in [base, capitalised, headline, base.uppercased()] where !result.contains(form) {
        result.append(form)
      }
    }
    return result.map { Array($0.utf8) }
  }

  /// A run of units of one file, checked by one worker.
  struct Chunk: Sendable {
    var file: String
    var items: ArraySlice<SegmentStream.Item>
  }

  /// What a worker finds in one unit: its findings, and the source and English to compare
  /// with the other units (nil for a unit left out of that comparison).
  struct UnitResult: Sendable {
    var findings: [QAFinding] = []
    var pair: (source: String, target: String)?
  }

  /// Checks `files` and returns the findings in file order, then unit order.
  ///
  /// - Parameters:
  ///   - jobs: worker threads for the checks of single units; sources translated two ways
  ///     are then found in one pass, in order.
  public func check(_ files: [BilingualFile], jobs: Int = 1) -> [QAFinding] {
    check(SegmentStream(files: files), jobs: jobs)
  }

  /// Checks the files of `stream` while they are read, and returns the findings in file
  /// order, then unit order, once every file is read: the same findings as `check(_:jobs:)`
  /// on the files. When a file cannot be read, the findings stop before it.
  ///
  /// - Parameters:
  ///   - jobs: worker threads for the checks of single units, which take the units in runs
  ///     of 256 as they are read (in batches of four runs a worker); sources translated two ways are then found in one pass,
  ///     in order.
  public func check(_ stream: SegmentStream, jobs: Int = 1) -> [QAFinding] {
    let checker = self
    let size = 256
    let pool = WorkerPool<[Int: [[UInt8]]], Chunk, [UnitResult]>(
      jobs: max(1, jobs), makeState: { [:] },
      work: { cache, chunk in
        chunk.items.map {
          checker.checkUnit($0.segment, index: $0.index, file: chunk.file, cache: &cache)
        }
      })
    defer { pool.shutdown() }
    // The results of each file's units, in order.
    var results: [[UnitResult]] = []
    while let batch = stream.take(batch: 4 * size * max(1, jobs)) {
      var chunks: [Chunk] = []
      var start = batch.startIndex
      while start < batch.endIndex {
        var end = start + 1
        while end < batch.endIndex && end - start < size && batch[end].file == batch[start].file {
          end += 1
        }
        chunks.append(Chunk(file: stream.paths[batch[start].file], items: batch[start..<end]))
        start = end
      }
      let units = (try? pool.map(chunks)) ?? []
      for (chunk, chunkUnits) in zip(chunks, units) {
        for (item, unit) in zip(chunk.items, chunkUnits) {
          while results.count <= item.file { results.append([]) }
          results[item.file].append(unit)
        }
      }
    }
    var findings: [QAFinding] = []
    /// The first English seen for a source, with where it was seen.
    var firstSeen: [String: (target: String, file: String, unit: String)] = [:]
    for (f, read) in stream.files().enumerated() {
      guard case .success(let file) = read else { break }
      let units = f < results.count ? results[f] : []
      for (index, segment) in file.document.segments.enumerated() where index < units.count {
        var result = units[index]
        // The id as the document has it: an XLIFF of several files prefixes its units'
        // ids with the file's once it is read.
        let unit = segment.id.isEmpty ? String(index + 1) : segment.id
        for k in result.findings.indices { result.findings[k].unit = unit }
        findings += result.findings
        guard let pair = result.pair else { continue }
        if let seen = firstSeen[pair.source] {
          if seen.target != pair.target {
            findings.append(
              QAFinding(
                file: file.label, unit: unit, kind: .inconsistent,
                message:
                  "translated differently in \(seen.file):\(seen.unit): \"\(seen.target)\"; here: \"\(pair.target)\"",
                source: segment.source, target: segment.target))
          }
        } else {
          firstSeen[pair.source] = (pair.target, file.label, unit)
        }
      }
    }
    return findings
  }

  func checkUnit(
    _ segment: BilingualSegment, index: Int, file: String, cache: inout [Int: [[UInt8]]]
  ) -> UnitResult {
    var result = UnitResult()
    guard segment.kind != .boilerplate else { return result }
    let unit = segment.id.isEmpty ? String(index + 1) : segment.id
    func add(_ kind: QAFinding.Kind, _ message: String) {
      result.findings.append(
        QAFinding(
          file: file, unit: unit, kind: kind, message: message,
          source: segment.source, target: segment.target))
    }
    let source = TermChecker.collapsed(segment.source)
    let target = TermChecker.collapsed(segment.target)
    if source.isEmpty { return result }
    if target.isEmpty {
      add(.untranslated, "no English")
      return result
    }
    if target == source && TermChecker.hasTranslatableWord(source) {
      add(.untranslated, "the English is the Indonesian unchanged")
      return result
    }
    result.findings += termFindings(
      segment, file: file, unit: unit, isTitle: segment.kind == .title, cache: &cache)
    // The same numbers written the same way on both sides match whatever they mean.
    let sameAsWritten = TermChecker.sameNumbersAsWritten(source, target)
    let sourceNumbers = sameAsWritten ? [] : TermChecker.numbers(in: source)
    let targetNumbers = sameAsWritten ? [] : TermChecker.numbers(in: target, english: true)
    let missing = TermChecker.difference(sourceNumbers, targetNumbers)
    let extra = TermChecker.difference(targetNumbers, sourceNumbers)
    if !missing.isEmpty || !extra.isEmpty {
      var parts: [String] = []
      if !missing.isEmpty {
        parts.append("missing from the English: " + missing.joined(separator: ", "))
      }
      if !extra.isEmpty {
        parts.append("not in the Indonesian: " + extra.joined(separator: ", "))
      }
      add(.number, "numbers differ; " + parts.joined(separator: "; "))
    }
    result.pair = (source, target)
    return result
  }

  func termFindings(
    _ segment: BilingualSegment, file: String, unit: String, isTitle: Bool,
    cache: inout [Int: [[UInt8]]]
  ) -> [QAFinding] {
    var source = segment.source
    let matches = source.withUTF8 { matcher.matches(in: $0) }
    guard !matches.isEmpty else { return [] }
    var target = segment.target
    return target.withUTF8 { target in
      var folded: [UInt8]? = nil
      func lowerCased() -> [UInt8] {
        if let folded { return folded }
        let lowered = Array(segment.target.lowercased().utf8)
        folded = lowered
        return lowered
      }
      var findings: [QAFinding] = []
      var checked = Set<Int>()
      for match in matches where checked.insert(match.entry).inserted {
        let entry = glossary.entries[match.entry]
        let forms =
          cache[match.entry]
          ?? {
            let forms = TermChecker.acceptedForms(of: entry.target, morphology: morphology)
            cache[match.entry] = forms
            return forms
          }()
        func text() -> String {
          String(decoding: Array(segment.source.utf8)[match.range.range], as: UTF8.self)
        }
        if !entry.forbidden.isEmpty {
          let lowered = lowerCased()
          for form in entry.forbidden {
            let bytes = Array(form.lowercased().utf8)
            guard
              let at = lowered.withUnsafeBufferPointer({
                TermChecker.firstOccurrence(of: bytes, in: $0)
              })
            else { continue }
            // Lower-casing kept the length (as for ASCII): the position is the target's.
            let mark = lowered.count == target.count ? at..<(at + bytes.count) : nil
            findings.append(
              QAFinding(
                file: file, unit: unit, kind: .forbidden,
                message:
                  "'\(text())' is translated '\(form)', which the glossary forbids; use '\(entry.target)'",
                entry: entry.origin.fileAndLine, source: segment.source, target: segment.target,
                sourceMark: match.range.range, targetMark: mark))
          }
        }
        var found = forms.contains { TermChecker.occurs($0, in: target) }
        if !found && isTitle {
          found = lowerCased().withUnsafeBufferPointer {
            TermChecker.occurs(Array(entry.target.lowercased().utf8), in: $0)
          }
        }
        guard !found else { continue }
        findings.append(
          QAFinding(
            file: file, unit: unit, kind: .term,
            message: "'\(text())' should be translated '\(entry.target)'",
            entry: entry.origin.fileAndLine, source: segment.source, target: segment.target,
            sourceMark: match.range.range))
      }
      return findings
    }
  }

  /// Whether `form` occurs in `text` as whole words, optionally followed by a plural or
  /// possessive ending (`s`, `es`, `'s`, `’s`).
  static func occurs(_ form: [UInt8], in text: UnsafeBufferPointer<UInt8>) -> Bool {
    firstOccurrence(of: form, in: text) != nil
  }

  /// The byte offset where `form` first occurs in `text` as `occurs(_:in:)` finds it.
  static func firstOccurrence(of form: [UInt8], in text: UnsafeBufferPointer<UInt8>) -> Int? {
    guard let first = form.first, form.count <= text.count else { return nil }
    var i = 0
    while i + form.count <= text.count {
      defer { i += 1 }
      guard text[i] == first, i == 0 || !isWordCharacter(endingAt: i, in: text) else { continue }
      guard text[i..<(i + form.count)].elementsEqual(form) else { continue }
      let end = i + form.count
      if end == text.count || !isWordCharacter(startingAt: end, in: text) { return i }
      for ending in endings where text[end...].starts(with: ending) {
        let after = end + ending.count
        if after == text.count || !isWordCharacter(startingAt: after, in: text) { return i }
      }
    }
    return nil
  }

  /// `occurs(_:in:)` on an array.
  static func occurs(_ form: [UInt8], in text: [UInt8]) -> Bool {
    text.withUnsafeBufferPointer { occurs(form, in: $0) }
  }

  static let endings: [[UInt8]] = ["s", "es", "'s", "\u{2019}s"].map { Array($0.utf8) }

  /// Whether the character that starts at byte `i` of `text` is a letter or a digit.
  static func isWordCharacter(startingAt i: Int, in text: UnsafeBufferPointer<UInt8>) -> Bool {
    if text[i] < 0x80 { return isASCIIWordByte(text[i]) }
    var end = i + 1
    while end < text.count, text[end] & 0xC0 == 0x80 { end += 1 }
    return isWordCharacter(text[i..<end])
  }

  /// Whether the character that ends just before byte `i` of `text` is a letter or a digit.
  static func isWordCharacter(endingAt i: Int, in text: UnsafeBufferPointer<UInt8>) -> Bool {
    if text[i - 1] < 0x80 { return isASCIIWordByte(text[i - 1]) }
    var start = i - 1
    while start > 0, text[start] & 0xC0 == 0x80 { start -= 1 }
    return isWordCharacter(text[start..<i])
  }

  static func isASCIIWordByte(_ b: UInt8) -> Bool {
    (b >= 0x30 && b <= 0x39) || ((b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A)
  }

  static func isWordCharacter(_ bytes: Slice<UnsafeBufferPointer<UInt8>>) -> Bool {
    guard let scalar = String(decoding: bytes, as: UTF8.self).unicodeScalars.first else {
      return false
    }
    return scalar.properties.isAlphabetic || scalar.properties.numericType != nil
  }

  /// `s` with runs of white space made one space, trimmed.
  static func collapsed(_ s: String) -> String {
    // Most text has single spaces only, and no space at either end: nothing to change.
    var text = s
    let clean = text.withUTF8 { bytes in
      var previous: UInt8 = 0x20
      for b in bytes {
        if (b != 0x20 && WhiteSpace.isSpace(b)) || (b == 0x20 && previous == 0x20) {
          return false
        }
        previous = b
      }
      return previous != 0x20
    }
    if clean || s.isEmpty { return s }
    return WhiteSpace.collapsed(s.utf8)
  }

  /// Whether `s` has a word that is to be translated: one of at least two letters that
  /// starts in lower case and has no capital inside (`detikFinance`, `iPhone` are names).
  /// Units made only of names, acronyms and numbers may keep their Indonesian.
  static func hasTranslatableWord(_ s: String) -> Bool {
    s.split(whereSeparator: { !$0.isLetter }).contains { word in
      word.count >= 2 && word.first!.isLowercase && !word.contains { $0.isUppercase }
    }
  }

  /// Whether `a` and `b` have the same numbers written the same way (digits with single
  /// `.`, `,`, `:` or `/` between them, as `numbers(in:english:)` reads them), in any
  /// order: then each number of one has itself to match in the other.
  static func sameNumbersAsWritten(_ a: String, _ b: String) -> Bool {
    var a = a
    var b = b
    return a.withUTF8 { a in
      b.withUTF8 { b in
        let x = numberTokens(a)
        let y = numberTokens(b)
        guard x.count == y.count else { return false }
        if x.isEmpty { return true }
        let order = { (text: UnsafeBufferPointer<UInt8>) in
          { (r: Range<Int>, s: Range<Int>) in
            text[r].lexicographicallyPrecedes(text[s])
          }
        }
        return zip(x.sorted(by: order(a)), y.sorted(by: order(b))).allSatisfy {
          a[$0].elementsEqual(b[$1])
        }
      }
    }
  }

  /// The byte ranges of the numbers written in digits in `text`: runs of digits with
  /// single `.`, `,`, `:` or `/` between them.
  static func numberTokens(_ text: UnsafeBufferPointer<UInt8>) -> [Range<Int>] {
    var tokens: [Range<Int>] = []
    var i = 0
    let n = text.count
    func isDigit(_ k: Int) -> Bool { k < n && text[k] >= 0x30 && text[k] <= 0x39 }
    while i < n {
      guard isDigit(i) else {
        i += 1
        continue
      }
      let start = i
      while true {
        while isDigit(i) { i += 1 }
        let b = i < n ? text[i] : 0
        guard b == 0x2E || b == 0x2C || b == 0x3A || b == 0x2F, isDigit(i + 1) else { break }
        i += 1
      }
      tokens.append(start..<i)
    }
    return tokens
  }

  /// The numbers written in digits in `s`, sorted, each as its readings: the digits with
  /// the group and decimal separators (`.`, `,`) removed, so that `1.500,5` and `1,500.5`
  /// are the same number. Translation rewrites two forms: a time of day (`21.24` in
  /// Indonesian, `21:24` in either language) can also be read on the 12-hour clock
  /// (`9:24 p.m.`; in English `1.05` is a decimal, never a time), and a day and month
  /// (`12/1`, `12/1/2022`) count as the day (and year), since the month is written as a
  /// name in English (`Jan. 12`). An English hour followed by `a.m.` or `p.m.` is also a
  /// time on the hour (`7 p.m.` matches `pukul 19.00`).
  static func numbers(in s: String, english: Bool = false) -> [[String]] {
    var result: [[String]] = []
    // Runs of digits with the single separators between them.
    var groups: [String] = []
    var separators: [UInt8] = []
    var current: [UInt8] = []
    var pending: UInt8? = nil
    let bytes = Array(s.utf8)
    /// Whether the English at `i` is ` a.m.` or ` p.m.` (the space may be left out).
    func clockSuffix(at i: Int) -> Bool {
      var k = i
      if k < bytes.count && bytes[k] == 0x20 { k += 1 }
      guard k + 3 < bytes.count, bytes[k] == 0x61 || bytes[k] == 0x70 else { return false }
      return bytes[k + 1] == 0x2E && bytes[k + 2] == 0x6D && bytes[k + 3] == 0x2E
    }
    // `at`: where the text after the number starts.
    func flush(at end: Int) {
      if !current.isEmpty { groups.append(String(decoding: current, as: UTF8.self)) }
      current = []
      pending = nil
      guard !groups.isEmpty else { return }
      defer {
        groups = []
        separators = []
      }
      if groups.count == 2, separators[0] == 0x3A || (separators[0] == 0x2E && !english),
        let hour = Int(groups[0]), hour <= 23, groups[1].utf8.count == 2,
        let minute = Int(groups[1]), minute <= 59
      {
        let time = "\(hour % 12 == 0 ? 12 : hour % 12):\(groups[1])"
        // `21:24` is a time only; `3.26` may be a time or a decimal.
        result.append(separators[0] == 0x3A ? [time] : [time, groups.joined()])
        return
      }
      if separators.allSatisfy({ $0 == 0x2F }), groups.count == 2 || groups.count == 3,
        let day = Int(groups[0]), (1...31).contains(day), let month = Int(groups[1]),
        (1...12).contains(month)
      {
        result.append([groups[0]])
        if groups.count == 3 { result.append([groups[2]]) }
        return
      }
      if separators.contains(0x2F) {
        result += groups.map { [$0] }
        return
      }
      // An English hour on the 12-hour clock (`7 p.m.`) is the time `7:00`.
      if english, groups.count == 1, let hour = Int(groups[0]), (1...12).contains(hour),
        clockSuffix(at: end)
      {
        result.append(["\(hour):00", groups[0]])
        return
      }
      result.append([groups.joined()])
    }
    for (i, b) in bytes.enumerated() {
      if b >= 0x30 && b <= 0x39 {
        if let p = pending {
          if !current.isEmpty { groups.append(String(decoding: current, as: UTF8.self)) }
          separators.append(p)
          current = []
          pending = nil
        }
        current.append(b)
      } else if !current.isEmpty && pending == nil
        && (b == 0x2E || b == 0x2C || b == 0x3A || b == 0x2F)
      {
        pending = b
      } else {
        flush(at: pending == nil ? i : i - 1)
      }
    }
    flush(at: bytes.count)
    return result.sorted { $0.lexicographicallyPrecedes($1) }
  }

  /// The numbers of `a` with no number of `b` to match (multiset difference), each shown
  /// by its first reading. Numbers match when they share a reading.
  static func difference(_ a: [[String]], _ b: [[String]]) -> [String] {
    var remaining = b
    var result: [String] = []
    for x in a {
      if let i = remaining.firstIndex(where: { y in x.contains { y.contains($0) } }) {
        remaining.remove(at: i)
      } else {
        result.append(x[0])
      }
    }
    return result
  }
}
