/// HTML character references: named entities and numeric references.
enum HTMLEntities {
  /// Named references common in scraped news pages (HTML5 names), to Unicode scalars.
  static let named: [String: UInt32] = [
    "amp": 0x26, "lt": 0x3C, "gt": 0x3E, "quot": 0x22, "apos": 0x27, "nbsp": 0xA0,
    "ensp": 0x2002, "emsp": 0x2003, "thinsp": 0x2009, "zwsp": 0x200B, "zwnj": 0x200C,
    "zwj": 0x200D, "shy": 0xAD, "ndash": 0x2013, "mdash": 0x2014, "minus": 0x2212,
    "lsquo": 0x2018, "rsquo": 0x2019, "sbquo": 0x201A, "ldquo": 0x201C, "rdquo": 0x201D,
    "bdquo": 0x201E, "laquo": 0xAB, "raquo": 0xBB, "lsaquo": 0x2039, "rsaquo": 0x203A,
    "hellip": 0x2026, "bull": 0x2022, "middot": 0xB7, "copy": 0xA9, "reg": 0xAE,
    "trade": 0x2122, "deg": 0xB0, "plusmn": 0xB1, "times": 0xD7, "divide": 0xF7,
    "frac12": 0xBD, "frac14": 0xBC, "frac34": 0xBE, "sup2": 0xB2, "sup3": 0xB3,
    "euro": 0x20AC, "pound": 0xA3, "yen": 0xA5, "cent": 0xA2, "sect": 0xA7, "para": 0xB6,
    "dagger": 0x2020, "Dagger": 0x2021, "prime": 0x2032, "Prime": 0x2033, "iexcl": 0xA1,
    "iquest": 0xBF, "acute": 0xB4, "uml": 0xA8, "ordf": 0xAA, "ordm": 0xBA, "micro": 0xB5,
    "Agrave": 0xC0, "Aacute": 0xC1, "Acirc": 0xC2, "Atilde": 0xC3, "Auml": 0xC4,
    "Aring": 0xC5, "AElig": 0xC6, "Ccedil": 0xC7, "Egrave": 0xC8, "Eacute": 0xC9,
    "Ecirc": 0xCA, "Euml": 0xCB, "Igrave": 0xCC, "Iacute": 0xCD, "Icirc": 0xCE,
    "Iuml": 0xCF, "Ntilde": 0xD1, "Ograve": 0xD2, "Oacute": 0xD3, "Ocirc": 0xD4,
    "Otilde": 0xD5, "Ouml": 0xD6, "Oslash": 0xD8, "Ugrave": 0xD9, "Uacute": 0xDA,
    "Ucirc": 0xDB, "Uuml": 0xDC, "Yacute": 0xDD, "szlig": 0xDF, "agrave": 0xE0,
    "aacute": 0xE1, "acirc": 0xE2, "atilde": 0xE3, "auml": 0xE4, "aring": 0xE5,
    "aelig": 0xE6, "ccedil": 0xE7, "egrave": 0xE8, "eacute": 0xE9, "ecirc": 0xEA,
    "euml": 0xEB, "igrave": 0xEC, "iacute": 0xED, "icirc": 0xEE, "iuml": 0xEF,
    "ntilde": 0xF1, "ograve": 0xF2, "oacute": 0xF3, "ocirc": 0xF4, "otilde": 0xF5,
    "ouml": 0xF6, "oslash": 0xF8, "ugrave": 0xF9, "uacute": 0xFA, "ucirc": 0xFB,
    "uuml": 0xFC, "yacute": 0xFD, "yuml": 0xFF, "scaron": 0x161, "Scaron": 0x160,
    "zcaron": 0x17E, "Zcaron": 0x17D, "oelig": 0x153, "OElig": 0x152,
  ]

  /// Windows-1252 meanings of numeric references 128-159, as HTML parsers apply them.
  static let windows1252: [UInt32] = [
    0x20AC, 0x81, 0x201A, 0x192, 0x201E, 0x2026, 0x2020, 0x2021, 0x2C6, 0x2030, 0x160,
    0x2039, 0x152, 0x8D, 0x17D, 0x8F, 0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013,
    0x2014, 0x2DC, 0x2122, 0x161, 0x203A, 0x153, 0x9D, 0x17E, 0x178,
  ]

  /// Decodes the reference that starts with `&` at `start`.
  ///
  /// - Returns: the scalar and the offset just past the terminating `;`, or `nil` when the
  ///   bytes are not a complete, valid reference (then `&` is literal text).
  static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int) -> (
    scalar: Unicode.Scalar, end: Int
  )? {
    var i = start + 1
    let n = bytes.count
    guard i < n else { return nil }
    if bytes[i] == UInt8(ascii: "#") {
      i += 1
      var hex = false
      if i < n && (bytes[i] | 0x20) == UInt8(ascii: "x") {
        hex = true
        i += 1
      }
      let digit = hex ? CheckedNumber.hexDigit : CheckedNumber.decimalDigit
      let digitsStart = i
      while i < n, digit(bytes[i]) != nil { i += 1 }
      guard i < n, bytes[i] == UInt8(ascii: ";"),
        let parsed = CheckedNumber.parse(
          UnsafeBufferPointer(rebasing: bytes[digitsStart..<i]), radix: hex ? 16 : 10,
          limit: 0x10FFFF, digit: digit)
      else { return nil }
      var value = UInt32(parsed)
      if value >= 0x80 && value <= 0x9F { value = windows1252[Int(value - 0x80)] }
      guard value != 0, let scalar = Unicode.Scalar(value) else { return nil }
      return (scalar, i + 1)
    }
    let nameStart = i
    while i < n, i - nameStart < 32 {
      let b = bytes[i]
      let isAlnum = (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A || (b >= 0x30 && b <= 0x39)
      if !isAlnum { break }
      i += 1
    }
    guard i > nameStart, i < n, bytes[i] == UInt8(ascii: ";") else { return nil }
    let name = String(decoding: UnsafeBufferPointer(rebasing: bytes[nameStart..<i]), as: UTF8.self)
    guard let value = named[name], let scalar = Unicode.Scalar(value) else { return nil }
    return (scalar, i + 1)
  }
}
