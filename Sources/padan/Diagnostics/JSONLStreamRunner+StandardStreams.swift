import ArgumentParser
import Foundation
import PadanCore

extension JSONLStreamRunner {
  /// Runs the stream from standard input to standard output, each error message also on
  /// standard error; exits 1 when any line failed or reading failed.
  func runOnStandardStreams() throws {
    var out = StandardOutput()
    let failed: Bool
    do {
      failed = try run(
        ByteLineReader(descriptor: 0),
        emit: { replies in
          for reply in replies {
            out.write(reply.output + "\n")
            if let error = reply.error { stderr(error + "\n") }
          }
          out.flush()
        },
        write: { out.write($0) })
    } catch {
      out.flush()
      DiagnosticPrinter.print(error)
      throw ExitCode(1)
    }
    if failed { throw ExitCode(1) }
  }
}
