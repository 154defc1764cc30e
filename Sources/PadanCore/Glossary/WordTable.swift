/// Interns byte strings (words and separators) as dense `Int32` ids, with lookups that
/// take a byte pointer and allocate nothing.
///
/// Open addressing with linear probing. Each slot packs a 32-bit hash tag with the entry
/// number, so a lookup of an absent word (the common case in running text) touches one
/// slot; keys live in one byte arena. - Complexity: O(length) per insert and lookup.
struct WordTable: Sendable {
  private var arena: [UInt8] = []
  private var starts: [UInt32] = []
  private var lengths: [UInt32] = []
  /// `tag << 32 | (entry + 1)`; 0 is empty.
  private var slots: [UInt64]
  private var mask: Int

  init(capacity: Int = 1024) {
    var size = 16
    while size < capacity * 2 { size <<= 1 }
    slots = Array(repeating: 0, count: size)
    mask = size - 1
  }

  var count: Int { starts.count }

  /// Bytes held by the table, for memory reports.
  var byteSize: Int { arena.count + starts.count * 8 + slots.count * 8 }

  @inline(__always)
  static func hash(_ p: UnsafePointer<UInt8>, _ n: Int) -> UInt64 {
    var h: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(truncatingIfNeeded: n)
    var i = 0
    while i + 8 <= n {
      let w = UnsafeRawPointer(p + i).loadUnaligned(as: UInt64.self)
      h = (h ^ w) &* 0xFF51_AFD7_ED55_8CCD
      h ^= h >> 29
      i += 8
    }
    var tail: UInt64 = 0
    var shift: UInt64 = 0
    while i < n {
      tail |= UInt64(p[i]) << shift
      shift += 8
      i += 1
    }
    h = (h ^ tail) &* 0xC4CE_B9FE_1A85_EC53
    h ^= h >> 32
    return h
  }

  /// The id of the `n` bytes at `p`, or -1.
  @inline(__always)
  func id(of p: UnsafePointer<UInt8>, count n: Int) -> Int32 {
    let h = Self.hash(p, n)
    let tag = h >> 32
    var slot = Int(truncatingIfNeeded: h) & mask
    return slots.withUnsafeBufferPointer { s in
      arena.withUnsafeBufferPointer { a in
        while true {
          let v = s[slot]
          if v == 0 { return -1 }
          if v >> 32 == tag {
            let e = Int(truncatingIfNeeded: v & 0xFFFF_FFFF) - 1
            if Int(lengths[e]) == n && memcmpEqual(a.baseAddress! + Int(starts[e]), p, n) {
              return Int32(e)
            }
          }
          slot = (slot + 1) & mask
        }
      }
    }
  }

  /// The id of `bytes`, adding it when new.
  mutating func intern(_ bytes: ArraySlice<UInt8>) -> Int32 {
    bytes.withUnsafeBufferPointer { b -> Int32 in
      let p = b.baseAddress ?? UnsafePointer(bitPattern: 1)!
      let existing = id(of: p, count: b.count)
      if existing >= 0 { return existing }
      if (starts.count + 1) * 2 > slots.count { grow() }
      let h = Self.hash(p, b.count)
      let e = starts.count
      starts.append(UInt32(arena.count))
      lengths.append(UInt32(b.count))
      arena.append(contentsOf: b)
      var slot = Int(truncatingIfNeeded: h) & mask
      while slots[slot] != 0 { slot = (slot + 1) & mask }
      slots[slot] = (h >> 32) << 32 | UInt64(e + 1)
      return Int32(e)
    }
  }

  private mutating func grow() {
    let size = slots.count * 2
    slots = Array(repeating: 0, count: size)
    mask = size - 1
    arena.withUnsafeBufferPointer { a in
      for e in 0..<starts.count {
        let h = Self.hash(a.baseAddress! + Int(starts[e]), Int(lengths[e]))
        var slot = Int(truncatingIfNeeded: h) & mask
        while slots[slot] != 0 { slot = (slot + 1) & mask }
        slots[slot] = (h >> 32) << 32 | UInt64(e + 1)
      }
    }
  }
}

@inline(__always)
func memcmpEqual(_ a: UnsafePointer<UInt8>, _ b: UnsafePointer<UInt8>, _ n: Int) -> Bool {
  var i = 0
  while i < n {
    if a[i] != b[i] { return false }
    i += 1
  }
  return true
}
