/// Indonesian numbers and dates in English notation.
enum NumberRules {
  /// `10.000` → `10,000`, `6,25` → `6.25`, `1.500,75` → `1,500.75`; years and plain digits
  /// stay as they are.
  static func english(_ number: String) -> String {
    if let first = number.first, !first.isNumber {
      // A currency sign before the digits: `Rp1,5` → Rp1.5
      let digits = number.drop { !$0.isNumber }
      return String(number.prefix(number.count - digits.count)) + english(String(digits))
    }
    let hasDot = number.contains(".")
    let hasComma = number.contains(",")
    if hasDot && hasComma {
      return String(number.map { $0 == "." ? "," : $0 == "," ? "." : $0 })
    }
    if hasComma { return number.replacingAll(",", with: ".") }
    if hasDot {
      let groups = number.split(separator: ".", omittingEmptySubsequences: false)
      let thousands =
        groups.count > 1 && groups.first!.count <= 3
        && groups.dropFirst().allSatisfy { $0.count == 3 }
      return thousands ? number.replacingAll(".", with: ",") : number
    }
    return number
  }

  /// A time of day in AP style: `10.30` → `10:30 a.m.`, `08.00` → `8 a.m.`,
  /// `21.24` → `9:24 p.m.`.
  static func time(_ number: String) -> String? {
    let parts = number.split(whereSeparator: { $0 == "." || $0 == ":" })
    guard parts.count == 2, parts[1].count == 2, let hour = Int(parts[0]),
      let minute = Int(parts[1]), hour < 24, minute < 60
    else { return nil }
    let suffix = hour < 12 ? "a.m." : "p.m."
    let h12 = hour % 12 == 0 ? 12 : hour % 12
    if hour == 12 && minute == 0 { return "noon" }
    if hour == 0 && minute == 0 { return "midnight" }
    return minute == 0 ? "\(h12) \(suffix)" : "\(h12):\(parts[1]) \(suffix)"
  }

  /// Month names in AP style, as English news writes them next to a day number.
  static let apMonths = [
    "Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.",
    "Dec.",
  ]

  /// `11`, `7` → `July 11`; nil when the numbers are not a day and month.
  static func dayMonth(day: String, month: String) -> String? {
    guard let d = Int(day), let m = Int(month), (1...31).contains(d), (1...12).contains(m) else {
      return nil
    }
    return "\(apMonths[m - 1]) \(d)"
  }

  /// `3` → `3rd`, `11` → `11th`, `22` → `22nd`.
  static func ordinal(_ n: Int) -> String {
    let suffix = (11...13).contains(n % 100) ? "th" : [1: "st", 2: "nd", 3: "rd"][n % 10] ?? "th"
    return "\(n)\(suffix)"
  }

  /// The value of a plain integer numeral, for agreement (`47 gedung` is plural).
  static func isPlural(_ number: String) -> Bool {
    guard let value = Double(english(number).filter { $0 != "," }) else { return true }
    return value != 1
  }
}

extension String {
  func replacingAll(_ target: Character, with replacement: Character) -> String {
    String(map { $0 == target ? replacement : $0 })
  }
}
