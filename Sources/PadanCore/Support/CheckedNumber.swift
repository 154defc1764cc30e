/// Digits to an integer with every step checked: the one place where bytes become a number
/// by hand (character references, dictd offsets). A value past `limit`, or one that would
/// overflow, is `nil` rather than a trap.
enum CheckedNumber {
  /// The value of the decimal digit `b`, or `nil`.
  static func decimalDigit(_ b: UInt8) -> Int? {
    b >= 0x30 && b <= 0x39 ? Int(b - 0x30) : nil
  }

  /// The value of the hexadecimal digit `b` (either case), or `nil`.
  static func hexDigit(_ b: UInt8) -> Int? {
    switch b {
    case 0x30...0x39: Int(b - 0x30)
    case 0x61...0x66: Int(b - 0x61 + 10)
    case 0x41...0x46: Int(b - 0x41 + 10)
    default: nil
    }
  }

  /// The value of dictd's base-64 digit `b` (A-Z a-z 0-9 + /), or `nil`.
  static func base64Digit(_ b: UInt8) -> Int? {
    switch b {
    case UInt8(ascii: "A")...UInt8(ascii: "Z"): Int(b - UInt8(ascii: "A"))
    case UInt8(ascii: "a")...UInt8(ascii: "z"): Int(b - UInt8(ascii: "a")) + 26
    case UInt8(ascii: "0")...UInt8(ascii: "9"): Int(b - UInt8(ascii: "0")) + 52
    case UInt8(ascii: "+"): 62
    case UInt8(ascii: "/"): 63
    default: nil
    }
  }

  /// The value of `digits` in `radix`, or `nil` when there are none, one is not a digit
  /// (by `digit`), or the value is greater than `limit`.
  static func parse(
    _ digits: some Collection<UInt8>, radix: Int, limit: Int = .max, digit: (UInt8) -> Int?
  ) -> Int? {
    guard !digits.isEmpty else { return nil }
    var value = 0
    for b in digits {
      guard let d = digit(b) else { return nil }
      let (shifted, o1) = value.multipliedReportingOverflow(by: radix)
      let (sum, o2) = shifted.addingReportingOverflow(d)
      guard !o1, !o2, sum <= limit else { return nil }
      value = sum
    }
    return value
  }
}
