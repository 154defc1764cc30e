internal import Foundation

#if canImport(FoundationXML)
  internal import FoundationXML
#endif

/// The one way Padan's XML readers (TBX, TEI, TMX, XLIFF) set up libxml2, with the limits
/// hostile input needs:
///
/// - elements nest at most `maxDepth` deep (a reader past it stops with an error), so
///   nothing that walks the tree can exhaust the stack;
/// - a document type with entity declarations (`<!ENTITY …>`) is refused, because
///   libxml2 through Foundation drops such references silently instead of expanding them,
///   and external entities are never fetched;
/// - a document of `streamThreshold` bytes or more is fed to the parser as a stream, so
///   libxml2's 10 MB limit on an in-memory document does not apply and a large exported
///   glossary reads back.
enum XMLInput {
  /// The deepest nesting of elements accepted.
  static let maxDepth = 256

  /// The size from which a document is streamed to libxml2 instead of parsed in memory.
  static let streamThreshold = 8 << 20

  /// A parser over `bytes` that never resolves external entities.
  static func parser(_ bytes: [UInt8]) -> XMLParser {
    // In memory below libxml2's limit (no stream buffers to fill), streamed above it.
    let parser =
      bytes.count < streamThreshold
      ? XMLParser(data: Data(bytes)) : XMLParser(stream: InputStream(data: Data(bytes)))
    parser.shouldResolveExternalEntities = false
    return parser
  }

  /// The message for an element nested past `maxDepth`.
  static let tooDeep = "elements nested more than \(maxDepth) deep"

  /// A problem with the document type of `bytes` (an entity declaration), or `nil`.
  ///
  /// Only the prolog is read: a document type must come before the root element.
  static func prologProblem(_ bytes: [UInt8], path: String) -> Diagnostic? {
    let doctype = Array("<!DOCTYPE".utf8)
    let entity = Array("<!ENTITY".utf8)
    var i = 0
    let n = bytes.count
    // Skip the XML declaration, comments, processing instructions and white space.
    while i < n {
      if bytes[i] != UInt8(ascii: "<") {
        i += 1
        continue
      }
      if starts(bytes, at: i, with: doctype) { break }
      if starts(bytes, at: i, with: Array("<!--".utf8)) {
        i = find(Array("-->".utf8), in: bytes, from: i + 4).map { $0 + 3 } ?? n
      } else if starts(bytes, at: i, with: Array("<?".utf8)) {
        i = find(Array("?>".utf8), in: bytes, from: i + 2).map { $0 + 2 } ?? n
      } else {
        return nil  // the root element: no document type
      }
    }
    guard i < n else { return nil }
    // The internal subset, if any, runs from '[' to the ']' before the closing '>'.
    var j = i + doctype.count
    var quote: UInt8? = nil
    while j < n {
      let b = bytes[j]
      if let q = quote {
        if b == q { quote = nil }
      } else if b == UInt8(ascii: "\"") || b == UInt8(ascii: "'") {
        quote = b
      } else if b == UInt8(ascii: ">") {
        return nil
      } else if b == UInt8(ascii: "[") {
        break
      }
      j += 1
    }
    guard j < n, let end = find(Array("]".utf8), in: bytes, from: j),
      let at = find(entity, in: bytes, from: j), at < end
    else { return nil }
    let location = SourceLocation(ofByte: at, in: bytes, path: path)
    return Diagnostic(
      .error, at: location,
      "entity declarations are not supported (write the text itself, or &amp; &lt; &gt; "
        + "&quot; &apos; and numeric references)")
  }

  private static func starts(_ bytes: [UInt8], at i: Int, with prefix: [UInt8]) -> Bool {
    i + prefix.count <= bytes.count && bytes[i..<(i + prefix.count)].elementsEqual(prefix)
  }

  private static func find(_ needle: [UInt8], in bytes: [UInt8], from start: Int) -> Int? {
    guard needle.count <= bytes.count else { return nil }
    var i = start
    while i + needle.count <= bytes.count {
      if bytes[i] == needle[0] && starts(bytes, at: i, with: needle) { return i }
      i += 1
    }
    return nil
  }
}
