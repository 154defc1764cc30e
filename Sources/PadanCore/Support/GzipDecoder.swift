/// Reads gzip files (RFC 1952), including dictzip files such as dictd's `.dict.dz`.
///
/// A dictzip file is one gzip member whose header carries an extra `RA` field (the sizes of
/// its independently compressed chunks, for random access); read whole, it is an ordinary
/// gzip file, so the extra field is skipped. Concatenated members are decoded one after
/// the other, as `gzip -d` does, and every member's CRC-32 and size are checked.
enum GzipDecoder {
  /// The first two bytes of every gzip file.
  static let magic: [UInt8] = [0x1F, 0x8B]

  /// Whether `bytes` start like a gzip file.
  static func isGzip(_ bytes: [UInt8]) -> Bool { bytes.starts(with: magic) }

  /// The decompressed contents of a whole gzip file.
  ///
  /// - Returns: the bytes of all members, in order.
  /// - Throws: a short reason with the byte offset (0-based) of the member it concerns,
  ///   for a file that is not gzip, is cut short, or fails its checksum.
  /// - Parameter limit: the most bytes the whole file may decompress to; past it the file
  ///   is refused (a small file that expands to gigabytes is an attack, not a dictionary).
  static func decompress(_ bytes: [UInt8], limit: Int = Inflater.defaultLimit) throws(GzipError)
    -> [UInt8]
  {
    var output: [UInt8] = []
    var start = 0
    repeat {
      try decodeMember(bytes, at: &start, into: &output, limit: limit)
    } while start < bytes.count && bytes[start...].starts(with: magic)
    return output
  }

  private static func decodeMember(
    _ bytes: [UInt8], at start: inout Int, into output: inout [UInt8], limit: Int
  ) throws(GzipError) {
    func fail(_ reason: String) -> GzipError { GzipError(offset: start, reason: reason) }
    guard bytes[start...].starts(with: magic), bytes.count - start >= 18 else {
      throw fail("not a gzip file")
    }
    guard bytes[start + 2] == 8 else { throw fail("compression method is not deflate") }
    let flags = bytes[start + 3]
    var i = start + 10
    if flags & 0x04 != 0 {  // FEXTRA, such as dictzip's chunk table
      guard i + 2 <= bytes.count else { throw fail("truncated header") }
      i += 2 + (Int(bytes[i]) | Int(bytes[i + 1]) << 8)
    }
    for flag: UInt8 in [0x08, 0x10] where flags & flag != 0 {  // FNAME, FCOMMENT
      while i < bytes.count && bytes[i] != 0 { i += 1 }
      i += 1
    }
    if flags & 0x02 != 0 { i += 2 }  // FHCRC
    guard i < bytes.count else { throw fail("truncated header") }
    var inflater = Inflater(bytes, start: i, limit: limit - output.count)
    let member: [UInt8]
    do throws(Inflater.Failure) {
      member = try inflater.inflate()
    } catch {
      switch error {
      case .truncated: throw fail("the compressed data is cut short")
      case .invalid(let reason): throw fail("corrupt compressed data (\(reason))")
      case .tooLarge:
        let size = limit >= 1 << 20 ? "\(limit >> 20) MiB" : "\(limit) bytes"
        throw fail("decompresses to more than \(size); refused as a decompression bomb")
      }
    }
    i = inflater.position
    guard i + 8 <= bytes.count else { throw fail("the file is cut short after the data") }
    func word(_ at: Int) -> UInt32 {
      (0..<4).reduce(0) { $0 | UInt32(bytes[at + $1]) << UInt32(8 * $1) }
    }
    guard word(i) == CRC32.checksum(member) else { throw fail("CRC-32 mismatch") }
    guard word(i + 4) == UInt32(truncatingIfNeeded: member.count) else {
      throw fail("size mismatch")
    }
    output += member
    start = i + 8
  }
}

/// Why a gzip file could not be read.
struct GzipError: Error, Equatable {
  /// Byte offset (0-based) of the gzip member with the problem.
  var offset: Int
  var reason: String
}

/// The CRC-32 of gzip and zip (reflected polynomial 0xEDB88320).
enum CRC32 {
  private static let table: [UInt32] = (0..<256).map { n in
    (0..<8).reduce(UInt32(n)) { c, _ in c & 1 != 0 ? 0xEDB8_8320 ^ (c >> 1) : c >> 1 }
  }

  static func checksum(_ bytes: [UInt8]) -> UInt32 {
    var crc: UInt32 = 0xFFFF_FFFF
    for byte in bytes { crc = table[Int((crc ^ UInt32(byte)) & 0xFF)] ^ (crc >> 8) }
    return crc ^ 0xFFFF_FFFF
  }
}
