/// Writes indented XML deterministically: two spaces per level, attributes in the order
/// given, LF line ends, `&`, `<`, `>`, `"` and `'` always escaped.
struct XMLWriter {
  private(set) var text = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
  private var open: [String] = []

  /// Opens an element on its own line; its children follow until `close()`.
  mutating func open(_ name: String, _ attributes: KeyValuePairs<String, String> = [:]) {
    line("<\(name)\(Self.attributes(attributes))>")
    open.append(name)
  }

  /// Closes the innermost open element.
  mutating func close() {
    let name = open.removeLast()
    line("</\(name)>")
  }

  /// An element holding only text, on one line; an empty element when `text` is nil.
  mutating func element(
    _ name: String, _ attributes: KeyValuePairs<String, String> = [:], text: String? = nil
  ) {
    let start = "<\(name)\(Self.attributes(attributes))"
    guard let text else { return line(start + "/>") }
    line(start + ">" + Self.escaped(text) + "</\(name)>")
  }

  /// An element on one line whose content is markup already escaped by the caller.
  mutating func element(
    _ name: String, _ attributes: KeyValuePairs<String, String> = [:], markup: String
  ) {
    line("<\(name)\(Self.attributes(attributes))>" + markup + "</\(name)>")
  }

  private mutating func line(_ s: String) {
    text += String(repeating: "  ", count: open.count) + s + "\n"
  }

  private static func attributes(_ pairs: KeyValuePairs<String, String>) -> String {
    pairs.map { " \($0.key)=\"\(escaped($0.value, inAttribute: true))\"" }.joined()
  }

  /// `s` as XML character data.
  ///
  /// Carriage returns (and, in attributes, tabs and line feeds) become character
  /// references, so a parser gives them back unchanged; characters XML 1.0 cannot hold
  /// (C0 controls other than tab, LF and CR, U+FFFE, U+FFFF) become U+FFFD.
  static func escaped(_ s: String, inAttribute: Bool = false) -> String {
    var out = ""
    out.reserveCapacity(s.utf8.count)
    for scalar in s.unicodeScalars {
      switch scalar {
      case "&": out += "&amp;"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "\"": out += "&quot;"
      case "'": out += "&apos;"
      case "\r": out += "&#13;"
      case "\t" where inAttribute: out += "&#9;"
      case "\n" where inAttribute: out += "&#10;"
      case "\t", "\n": out.unicodeScalars.append(scalar)
      case _ where scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF:
        out += "\u{FFFD}"
      default: out.unicodeScalars.append(scalar)
      }
    }
    return out
  }
}
