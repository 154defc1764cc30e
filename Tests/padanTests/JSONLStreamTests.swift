import Foundation
import Testing

@Suite struct JSONLStreamTests {
  @Test func segmentAndTranslateGiveTheSameErrorsForTheSameMalformedLines() throws {
    let input = """
      {"id": "ok", "text": "Rusia menolak."}
      {"id": "a", "text": "x",}
      {"id": "b", "id": "c", "text": "x"}
      {"id": "d", "txt": "x"}
      {nope

      {"id": 5, "text": "x"

      """
    let segment = try runPadan(["segment", "--jsonl"], stdin: input)
    let translate = try runPadan(["translate", "--jsonl", "--jobs", "2"], stdin: input)
    #expect(segment.status == 1 && translate.status == 1)
    #expect(
      segment.stderr == """
        <stdin>:2:25: error: not a JSON object: expected a key string
        <stdin>:3:13: error: not a JSON object: duplicate key "id"
        <stdin>:4:1: error: expected {"id": string or integer, "text": string}
        <stdin>:5:2: error: not a JSON object: expected a key string
        <stdin>:7:22: error: not a JSON object: unexpected end of text

        """)
    #expect(translate.stderr == segment.stderr)
    let errorLines = { (stdout: String) in
      stdout.split(separator: "\n").filter { $0.contains("\"error\"") }
    }
    #expect(errorLines(segment.stdout).count == 5)
    #expect(errorLines(translate.stdout) == errorLines(segment.stdout))
    #expect(segment.stdout.hasPrefix(#"{"id":"ok","sentences":["Rusia menolak."]"#))
    #expect(translate.stdout.hasPrefix(#"{"id":"ok","segments":["#))
  }

  /// A line is answered while standard input is still open: nothing waits for the end
  /// of the input or for a full batch.
  @Test(arguments: [["segment", "--jsonl"], ["translate", "--jsonl"]])
  func aLineIsAnsweredBeforeTheInputEnds(arguments: [String]) throws {
    let process = Process()
    process.executableURL = padanExecutable
    process.arguments = arguments
    process.currentDirectoryURL = repositoryRoot
    let input = Pipe()
    let output = Pipe()
    process.standardInput = input
    process.standardOutput = output
    process.standardError = Pipe()
    try process.run()
    input.fileHandleForWriting.write(Data("{\"id\": \"x\", \"text\": \"Rusia menolak.\"}\n".utf8))
    // Read the reply with the input still open; a reader that waited would hang here,
    // so the read gives up after 60 seconds.
    let reader = output.fileHandleForReading
    let received = LockedBytes()
    let done = DispatchSemaphore(value: 0)
    Thread {
      while true {
        let data = reader.availableData
        if data.isEmpty { break }
        received.append(data)
        if data.contains(0x0A) { break }
      }
      done.signal()
    }.start()
    let answered = done.wait(timeout: .now() + 60) == .success
    try input.fileHandleForWriting.close()
    process.waitUntilExit()
    #expect(answered)
    #expect(received.text.hasPrefix(#"{"id":"x","#))
    #expect(process.terminationStatus == 0)
  }
}

/// Bytes appended from one thread and read from another.
final class LockedBytes: @unchecked Sendable {
  private let lock = NSLock()
  private var bytes = Data()

  func append(_ data: Data) {
    lock.lock()
    bytes.append(data)
    lock.unlock()
  }

  var text: String {
    lock.lock()
    defer { lock.unlock() }
    return String(decoding: bytes, as: UTF8.self)
  }
}
