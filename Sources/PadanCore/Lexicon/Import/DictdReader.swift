/// Reads a dictionary in dictd's format: an index file of `headword<TAB>offset<TAB>length`
/// lines and a data file (`.dict`, or `.dict.dz` compressed with dictzip) they point into.
///
/// Offsets and lengths are in bytes of the uncompressed data, written in dictd's base-64
/// digits (`A`–`Z`, `a`–`z`, `0`–`9`, `+`, `/`, most significant first: `BA` is 64). A
/// fourth column (dictfmt's `--index-keep-orig`) is allowed and ignored. The entries whose
/// headword starts with `00database` or `00-database` describe the dictionary and are left
/// out; an entry listed under several headwords is read once.
struct DictdReader {
  /// One entry of the data file.
  struct Entry: Equatable {
    /// The headword as the index gives it (dictfmt lower-cases it and drops punctuation).
    var headword: String
    /// The entry's text.
    var text: String
    /// Where the entry starts: in the data file, line and column of its uncompressed text.
    var origin: SourceLocation
  }

  var indexPath: String
  var dictPath: String

  /// The index and data files of a dictd dictionary named by any one of them.
  ///
  /// - Parameters:
  ///   - path: `NAME.index`, `NAME.dict`, `NAME.dict.dz` or `NAME` itself.
  ///   - exists: whether a file exists (the caller's file system).
  /// - Returns: the index path and the data path (`NAME.dict.dz` before `NAME.dict` when
  ///   both exist), or `nil` when either cannot be found.
  static func files(for path: String, exists: (String) -> Bool) -> (index: String, dict: String)? {
    var name = path
    for suffix in [".index", ".dict.dz", ".dict"] where name.hasSuffix(suffix) {
      name = String(name.dropLast(suffix.count))
      break
    }
    let dict: String
    if path.hasSuffix(".dict") || path.hasSuffix(".dict.dz") {
      dict = path
    } else if let found = [name + ".dict.dz", name + ".dict"].first(where: exists) {
      dict = found
    } else {
      return nil
    }
    let index = name + ".index"
    return exists(index) && exists(dict) ? (index, dict) : nil
  }

  /// The entries of a dictionary, in index order.
  ///
  /// - Parameters:
  ///   - index: the whole index file.
  ///   - dict: the whole data file, compressed with gzip or dictzip or not.
  /// - Returns: the entries and every problem: index lines that are not three fields of
  ///   valid digits, offsets past the end of the data, entries that are not UTF-8. An entry
  ///   with a problem is left out.
  func entries(index: [UInt8], dict: [UInt8]) -> ([Entry], [Diagnostic]) {
    var problems: [Diagnostic] = []
    let data: [UInt8]
    if GzipDecoder.isGzip(dict) {
      do throws(GzipError) {
        data = try GzipDecoder.decompress(dict)
      } catch {
        let at = error.offset == 0 ? "" : " (in the member at byte \(error.offset))"
        return ([], [Diagnostic(.error, at: nil, "\(dictPath): \(error.reason)\(at)")])
      }
    } else {
      data = dict
    }
    guard let indexText = String(validating: index, as: UTF8.self) else {
      let offset = UTF8Bytes.firstInvalidOffset(index)
      let location = SourceFile(path: indexPath, bytes: index).location(ofByte: offset)
      return (
        [],
        [Diagnostic(.error, at: location, "invalid UTF-8 byte 0x\(UTF8Bytes.hex(index[offset]))")]
      )
    }
    let lines = LineTable(data)
    var entries: [Entry] = []
    var seen: Set<Int> = []
    var lineNumber = 0
    for rawLine in indexText.utf8.split(separator: 0x0A, omittingEmptySubsequences: false) {
      lineNumber += 1
      let line = rawLine.last == 0x0D ? rawLine.dropLast() : rawLine
      if line.isEmpty { continue }
      let fields = line.split(separator: 0x09, omittingEmptySubsequences: false)
      func location(_ field: Int) -> SourceLocation {
        let column = fields.prefix(field).reduce(1) { $0 + $1.count + 1 }
        return SourceLocation(path: indexPath, line: lineNumber, column: column)
      }
      guard fields.count == 3 || fields.count == 4 else {
        problems.append(
          Diagnostic(
            .error,
            at: fields.count < 3
              ? SourceLocation(path: indexPath, line: lineNumber, column: line.count + 1)
              : location(4),
            "expected 3 tab-separated fields (headword, offset, length), found \(fields.count)"))
        continue
      }
      let headword = String(Substring(fields[0]))
      guard let offset = Self.number(fields[1]) else {
        problems.append(
          Diagnostic(.error, at: location(1), "offset '\(Substring(fields[1]))' is not base 64"))
        continue
      }
      guard let length = Self.number(fields[2]) else {
        problems.append(
          Diagnostic(.error, at: location(2), "length '\(Substring(fields[2]))' is not base 64"))
        continue
      }
      guard offset <= data.count, length <= data.count - offset else {
        problems.append(
          Diagnostic(
            .error, at: location(1),
            "entry at bytes \(offset)..<\(offset + length) runs past the end of \(dictPath) (\(data.count) bytes uncompressed)"
          ))
        continue
      }
      if headword.hasPrefix("00database") || headword.hasPrefix("00-database") { continue }
      guard seen.insert(offset).inserted else { continue }
      let origin = lines.location(ofByte: offset, path: dictPath)
      guard let text = String(validating: data[offset..<offset + length], as: UTF8.self) else {
        let bad = offset + UTF8Bytes.firstInvalidOffset(Array(data[offset..<offset + length]))
        problems.append(
          Diagnostic(
            .error, at: lines.location(ofByte: bad, path: dictPath),
            "invalid UTF-8 byte 0x\(UTF8Bytes.hex(data[bad]))"))
        continue
      }
      entries.append(Entry(headword: headword, text: text, origin: origin))
    }
    return (entries, problems)
  }

  /// A number in dictd's base-64 digits, or `nil` for an empty or invalid field.
  static func number(_ digits: some Collection<UInt8>) -> Int? {
    CheckedNumber.parse(digits, radix: 64, digit: CheckedNumber.base64Digit)
  }
}

/// The start of every line of a text, built once, for `line:column` of any byte offset.
struct LineTable {
  /// Byte offsets (0-based) where lines start; the first is 0.
  private var starts: [Int] = [0]

  init(_ bytes: [UInt8]) {
    for (i, b) in bytes.enumerated() where b == 0x0A { starts.append(i + 1) }
  }

  /// The 1-based line and byte column of `offset`.
  ///
  /// - Complexity: O(log n) in the number of lines.
  func location(ofByte offset: Int, path: String) -> SourceLocation {
    var low = 0
    var high = starts.count
    while high - low > 1 {
      let middle = (low + high) / 2
      if starts[middle] <= offset { low = middle } else { high = middle }
    }
    return SourceLocation(path: path, line: low + 1, column: offset - starts[low] + 1)
  }
}
