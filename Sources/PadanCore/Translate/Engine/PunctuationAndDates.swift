extension Transfer {
  mutating func punctuation() {
    let x = lexemes[i]
    let spaceAfter = i + 1 < lexemes.count ? lexemes[i + 1].spaceBefore : true
    // `…, Selasa (11/7)` → `… on Tuesday (July 11)`
    if x.surface == ",", i + 2 < lexemes.count, isDayName(i + 1),
      lexemes[i + 2].surface == "("
    {
      emit("on", [i])
      note(i, "comma before a day and date → on")
      i += 1
      return
    }
    if x.surface == ".", let last = pieces.indices.last, !pieces[last].isPunctuation,
      pieces[last].text.hasSuffix(".")
    {
      // `pukul 09.00.` → 9 a.m. (one period ends both)
      pieces[last].lexemes.append(i)
    } else {
      pieces.append(
        Piece(
          text: x.surface, lexemes: [i], isPunctuation: true, spaceBefore: x.spaceBefore,
          spaceAfter: spaceAfter))
    }
    if ["“", "”", "\""].contains(x.surface) {
      chunks.append(Chunk(.clauseBoundary, i..<(i + 1), features: [("type", "quotation")]))
    }
    if x.surface == "“" { inQuote = true }
    if x.surface == "”" { inQuote = false }
    if x.surface == "\"" { inQuote.toggle() }
    if [".", ",", ";", ":", "“", "”", "\"", "(", ")", "—", "–"].contains(x.surface) {
      if afterSubject, inQuote { suspendedSubject = subjectPlural }
      afterSubject = false
      infinitive = false
      relative = false
      verbForm = nil
      pendingControl = nil
      if x.surface != "“" && x.surface != "\"" { questionAt = nil }
    }
    // `“Kami,” kata dia, “siap membantu.”`: a quotation interrupted by a reporting clause
    // goes on with the subject it had (We … are ready to help).
    if inQuote, x.surface == "“" || x.surface == "\"",
      let last = chunks.dropLast().last, last.kind == .clauseBoundary,
      last.feature("type") == "reporting",
      i - last.range.upperBound <= 1, let plural = suspendedSubject
    {
      afterSubject = true
      subjectPlural = plural
    }
    if x.surface == ".", !inQuote { suspendedSubject = nil }
    i += 1
  }

  func isDayName(_ k: Int) -> Bool {
    guard k < lexemes.count, let entry = lexemes[k].glossaryEntry, entry.kind == .date else {
      return false
    }
    return words.dayNames.contains(entry.target)
  }

  // MARK: - Dates and numbers

  /// `(11/7)` → `(July 11)`; `15 Februari 2022` → `February 15, 2022`; `pukul 10.30` → `10:30`.
  mutating func dateRule() -> Bool {
    let x = lexemes[i]
    if x.surface == "(", i + 4 < lexemes.count, lexemes[i + 1].category == .number,
      lexemes[i + 2].surface == "/", lexemes[i + 3].category == .number,
      lexemes[i + 4].surface == ")",
      let date = NumberRules.dayMonth(day: lexemes[i + 1].surface, month: lexemes[i + 3].surface)
    {
      pieces.append(
        Piece(
          text: "(", lexemes: [i], isPunctuation: true, spaceBefore: x.spaceBefore,
          spaceAfter: false))
      emit(date, [i + 1, i + 2, i + 3])
      note(i + 1, "day/month → \(date)")
      pieces.append(Piece(text: ")", lexemes: [i + 4], isPunctuation: true, spaceBefore: false))
      i += 5
      return true
    }
    if x.category == .number, let day = Int(x.surface), (1...31).contains(day),
      i + 1 < lexemes.count, let month = lexemes[i + 1].glossaryEntry, month.kind == .date,
      !words.dayNames.contains(month.target)
    {
      emit(month.target, [i + 1])
      emit(x.surface, [i])
      note(i, "day month → month day")
      i += 2
      if i < lexemes.count, lexemes[i].category == .number, lexemes[i].surface.count == 4 {
        pieces.append(Piece(text: ",", lexemes: [], isPunctuation: true, spaceBefore: false))
        emit(lexemes[i].surface, [i])
        i += 1
      }
      return true
    }
    if x.category == .number || x.category == .numeral, i + 1 < lexemes.count,
      let (unit, ago) = agoPhrase(lexemes[i + 1].lowercased)
    {
      // `5 tahun lalu`, `dua minggu lalu` → 5 years ago, two weeks ago
      let number = x.category == .number ? NumberRules.english(x.surface) : x.english
      let many =
        x.category == .number
        ? NumberRules.isPlural(x.surface) : !words.singularNumerals.contains(x.lowercased)
      emit(number, [i])
      emit((many ? english.plural(unit) : unit) + " ago", [i + 1])
      note(i + 1, "number + time + \(ago) → ago")
      i += 2
      return true
    }
    if x.category == .number, x.surface.contains(":"), let time = NumberRules.time(x.surface) {
      emit(time, [i])
      note(i, "time of day")
      i += 1
      return true
    }
    return false
  }

  /// A lexicon phrase of a time noun and a word for "ago" (`tahun lalu`): the English of the
  /// time noun and that word.
  func agoPhrase(_ phrase: String) -> (String, String)? {
    let parts = phrase.split(separator: " ")
    guard parts.count == 2, words.agoWords.contains(String(parts[1])),
      let unit = words.timeNouns[String(parts[0])]
    else { return nil }
    return (unit, String(parts[1]))
  }
}
