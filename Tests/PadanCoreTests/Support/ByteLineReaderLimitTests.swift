import Foundation
import Testing

@testable import PadanCore

@Suite struct ByteLineReaderLimitTests {
  @Test func aLineLongerThanTheLimitIsCutAndTheRestDropped() throws {
    let long = String(repeating: "x", count: 200_000)
    let path = try temporaryFile("abc\n\(long)\nde\n", name: "lines.txt")
    defer { try? FileManager.default.removeItem(atPath: path) }
    let reader = try ByteLineReader(path: path, chunkSize: 1024)
    reader.maximumLineBytes = 1000
    var lines: [(Int, Bool)] = []
    while let line = try reader.nextLine() { lines.append((line.count, reader.lastLineWasCut)) }
    #expect(lines.map(\.0) == [3, 1000, 2])
    #expect(lines.map(\.1) == [false, true, false])
    #expect(reader.lineNumber == 3)
  }
}
