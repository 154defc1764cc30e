/// Decompresses a raw DEFLATE stream (RFC 1951) in pure Swift, so that reading a gzip or
/// dictzip file needs no system library.
///
/// Huffman codes are decoded one bit at a time from their canonical counts, the method of
/// zlib's reference decoder `puff.c`: short and clear rather than fast (about 10 MB/s),
/// which is plenty for dictionaries of a few megabytes.
struct Inflater {
  /// Why a stream could not be decompressed.
  enum Failure: Error, Equatable {
    /// The input ends inside the stream.
    case truncated
    /// The stream is not valid DEFLATE data, with a short reason.
    case invalid(String)
    /// The output would grow past the limit given (a decompression bomb, or a file far
    /// larger than any dictionary).
    case tooLarge(limit: Int)
  }

  /// The most output a stream may give: 256 MiB, well above any dictionary.
  static let defaultLimit = 256 << 20
  /// The most output this stream may give.
  private let limit: Int

  private let input: [UInt8]
  /// Index of the next input byte not yet moved into `bitBuffer`.
  private(set) var position: Int
  private var bitBuffer: UInt64 = 0
  private var bitCount = 0
  private(set) var output: [UInt8] = []

  /// Prepares to decompress the stream that starts at byte `start` of `input`.
  init(_ input: [UInt8], start: Int = 0, limit: Int = Inflater.defaultLimit) {
    self.input = input
    self.position = start
    self.limit = limit
  }

  /// Decompresses every block up to the last one.
  ///
  /// - Returns: the decompressed bytes. Afterwards `position` is the index of the first
  ///   byte after the stream (the unused bits of its last byte are dropped).
  /// - Throws: `Failure` for data that ends early or is not DEFLATE.
  mutating func inflate() throws(Failure) -> [UInt8] {
    var last = false
    while !last {
      last = try bits(1) == 1
      switch try bits(2) {
      case 0: try storedBlock()
      case 1: try huffmanBlock(literals: Self.fixedLiterals, distances: Self.fixedDistances)
      case 2: try dynamicBlock()
      default: throw .invalid("a block of reserved type 3")
      }
    }
    // Give back whole bytes that were read ahead into the bit buffer.
    position -= bitCount / 8
    bitBuffer = 0
    bitCount = 0
    return output
  }

  private mutating func bits(_ count: Int) throws(Failure) -> Int {
    while bitCount < count {
      guard position < input.count else { throw .truncated }
      bitBuffer |= UInt64(input[position]) << UInt64(bitCount)
      position += 1
      bitCount += 8
    }
    let value = Int(bitBuffer & ((1 << UInt64(count)) - 1))
    bitBuffer >>= UInt64(count)
    bitCount -= count
    return value
  }

  private mutating func storedBlock() throws(Failure) {
    bitBuffer = 0
    bitCount = 0
    guard position + 4 <= input.count else { throw .truncated }
    let length = Int(input[position]) | Int(input[position + 1]) << 8
    let complement = Int(input[position + 2]) | Int(input[position + 3]) << 8
    guard length == ~complement & 0xFFFF else {
      throw .invalid("a stored block whose length check fails")
    }
    position += 4
    guard position + length <= input.count else { throw .truncated }
    guard output.count + length <= limit else { throw .tooLarge(limit: limit) }
    output.append(contentsOf: input[position..<position + length])
    position += length
  }

  private mutating func dynamicBlock() throws(Failure) {
    let literalCount = try bits(5) + 257
    let distanceCount = try bits(5) + 1
    let lengthCodeCount = try bits(4) + 4
    guard literalCount <= 286, distanceCount <= 30 else {
      throw .invalid("too many length or distance codes")
    }
    var lengthLengths = [Int](repeating: 0, count: 19)
    for i in 0..<lengthCodeCount { lengthLengths[Self.lengthCodeOrder[i]] = try bits(3) }
    let lengthCode = try HuffmanCode(lengths: lengthLengths)
    var lengths: [Int] = []
    lengths.reserveCapacity(literalCount + distanceCount)
    while lengths.count < literalCount + distanceCount {
      let symbol = try decode(lengthCode)
      var repeated = 0
      var count = 0
      switch symbol {
      case 0..<16:
        lengths.append(symbol)
        continue
      case 16:
        guard let previous = lengths.last else {
          throw .invalid("a repeated code length with nothing before it")
        }
        repeated = previous
        count = 3 + (try bits(2))
      case 17: count = 3 + (try bits(3))
      default: count = 11 + (try bits(7))
      }
      guard lengths.count + count <= literalCount + distanceCount else {
        throw .invalid("code lengths run past their count")
      }
      lengths += repeatElement(repeated, count: count)
    }
    guard lengths[256] != 0 else { throw .invalid("no end-of-block code") }
    try huffmanBlock(
      literals: HuffmanCode(lengths: Array(lengths[..<literalCount])),
      distances: HuffmanCode(lengths: Array(lengths[literalCount...])))
  }

  private mutating func huffmanBlock(literals: HuffmanCode, distances: HuffmanCode)
    throws(Failure)
  {
    while true {
      let symbol = try decode(literals)
      if symbol < 256 {
        guard output.count < limit else { throw .tooLarge(limit: limit) }
        output.append(UInt8(symbol))
        continue
      }
      if symbol == 256 { return }
      let index = symbol - 257
      guard index < Self.lengthBase.count else { throw .invalid("a length code out of range") }
      let length = Self.lengthBase[index] + (try bits(Self.lengthExtra[index]))
      let distanceSymbol = try decode(distances)
      guard distanceSymbol < Self.distanceBase.count else {
        throw .invalid("a distance code out of range")
      }
      let distance =
        Self.distanceBase[distanceSymbol] + (try bits(Self.distanceExtra[distanceSymbol]))
      guard distance <= output.count else {
        throw .invalid("a distance back past the start of the output")
      }
      guard output.count + length <= limit else { throw .tooLarge(limit: limit) }
      let start = output.count - distance
      for i in 0..<length { output.append(output[start + i]) }
    }
  }

  private mutating func decode(_ code: HuffmanCode) throws(Failure) -> Int {
    var value = 0
    var first = 0
    var index = 0
    for length in 1..<HuffmanCode.maximumLength + 1 {
      value |= try bits(1)
      let count = code.counts[length]
      if value - first < count { return code.symbols[index + value - first] }
      index += count
      first = (first + count) << 1
      value <<= 1
    }
    throw .invalid("a code that is not in the table")
  }

  /// A canonical Huffman code, as symbols sorted by code length and how many codes each
  /// length has.
  struct HuffmanCode {
    static let maximumLength = 15
    var counts = [Int](repeating: 0, count: maximumLength + 1)
    var symbols: [Int] = []

    /// The code whose symbol `i` has code length `lengths[i]` (0: not used).
    ///
    /// - Throws: `Failure.invalid` when the lengths ask for more codes than exist. An
    ///   incomplete code is accepted; decoding one of its missing codes fails instead.
    init(lengths: [Int]) throws(Failure) {
      for length in lengths { counts[length] += 1 }
      var left = 1
      for length in 1..<Self.maximumLength + 1 {
        left = (left << 1) - counts[length]
        guard left >= 0 else { throw .invalid("an over-subscribed Huffman code") }
      }
      var offsets = [Int](repeating: 0, count: Self.maximumLength + 2)
      for length in 1..<Self.maximumLength + 1 {
        offsets[length + 1] = offsets[length] + counts[length]
      }
      symbols = [Int](repeating: 0, count: offsets[Self.maximumLength + 1])
      for (symbol, length) in lengths.enumerated() where length != 0 {
        symbols[offsets[length]] = symbol
        offsets[length] += 1
      }
      counts[0] = 0
    }
  }

  private static let lengthCodeOrder = [
    16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15,
  ]
  private static let lengthBase = [
    3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115,
    131, 163, 195, 227, 258,
  ]
  private static let lengthExtra = [
    0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0,
  ]
  private static let distanceBase = [
    1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537,
    2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577,
  ]
  private static let distanceExtra = [
    0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13,
    13,
  ]
  private static let fixedLiterals = try! HuffmanCode(
    lengths: [Int](repeating: 8, count: 144) + [Int](repeating: 9, count: 112)
      + [Int](repeating: 7, count: 24) + [Int](repeating: 8, count: 8))
  private static let fixedDistances = try! HuffmanCode(
    lengths: [Int](repeating: 5, count: 30))
}
