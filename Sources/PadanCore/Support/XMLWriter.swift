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
  ///
  /// - Complexity: O(n); runs that need no escape are copied as bytes.
  static func escaped(_ s: String, inAttribute: Bool = false) -> String {
    let bytes = Array(s.utf8)
    var out: [UInt8] = []
    out.reserveCapacity(bytes.count + 16)
    var run = 0
    var i = 0
    while i < bytes.count {
      let b = bytes[i]
      var replacement: String? = nil
      var width = 1
      switch b {
      case UInt8(ascii: "&"): replacement = "&amp;"
      case UInt8(ascii: "<"): replacement = "&lt;"
      case UInt8(ascii: ">"): replacement = "&gt;"
      case UInt8(ascii: "\""): replacement = "&quot;"
      case UInt8(ascii: "'"): replacement = "&apos;"
      case 0x0D: replacement = "&#13;"
      case 0x09: replacement = inAttribute ? "&#9;" : nil
      case 0x0A: replacement = inAttribute ? "&#10;" : nil
      case 0x00..<0x20: replacement = "\u{FFFD}"
      case 0xEF
      where i + 2 < bytes.count && bytes[i + 1] == 0xBF
        && (bytes[i + 2] == 0xBE || bytes[i + 2] == 0xBF):
        replacement = "\u{FFFD}"
        width = 3
      default: break
      }
      if let replacement {
        out.append(contentsOf: bytes[run..<i])
        out.append(contentsOf: replacement.utf8)
        i += width
        run = i
      } else {
        i += 1
      }
    }
    out.append(contentsOf: bytes[run..<bytes.count])
    return String(decoding: out, as: UTF8.self)
  }
}
