/// Runs a JSON Lines protocol (`padan segment --jsonl`, `padan translate --jsonl`): reads
/// input lines as they come, answers each `JSONLRecord` with one output line, in input
/// order, and reports malformed lines the same way for every protocol.
///
/// Lines are read in bounded batches (at most `batchRecords` records or about
/// `batchBytes` of input at once, fewer when the input pauses), each batch answered on
/// the worker threads and handed out before the next is read, so memory does not grow
/// with the length of the stream and a line is answered without waiting for more input.
public final class JSONLStreamRunner<State> {
  public static var batchRecords: Int { 64 }
  public static var batchBytes: Int { 1 << 20 }

  private let pool: WorkerPool<State, (line: [UInt8], number: Int), JSONLReply>

  /// - Parameters:
  ///   - jobs: worker threads (1 runs everything on the calling thread).
  ///   - makeState: called once per worker (a segmenter, an aligner).
  ///   - respond: answers one well-formed record.
  public init(
    jobs: Int, makeState: @escaping @Sendable () throws -> State,
    respond: @escaping @Sendable (inout State, JSONLRecord) -> JSONLReply
  ) {
    pool = WorkerPool(jobs: jobs, makeState: makeState) { state, item in
      switch JSONLRecord.parse(item.line[...], number: item.number) {
      case .success(let record): respond(&state, record)
      case .failure(let reply): reply
      }
    }
  }

  deinit { pool.shutdown() }

  /// Reads `input` to its end, handing out the replies batch by batch, in input order.
  ///
  /// - Parameters:
  ///   - emit: called with each batch of replies, one per non-blank input line.
  /// - Returns: whether any line failed (malformed, or not processed).
  /// - Throws: `Diagnostic` when reading fails or a worker cannot make its state; the
  ///   replies before it have been handed out.
  public func run(_ input: ByteLineReader, emit: ([JSONLReply]) -> Void) throws(Diagnostic)
    -> Bool
  {
    var failed = false
    var batch: [(line: [UInt8], number: Int)] = []
    var size = 0
    func flush() throws(Diagnostic) {
      guard !batch.isEmpty else { return }
      let replies: [JSONLReply]
      do {
        replies = try pool.map(batch)
      } catch {
        throw error as? Diagnostic ?? Diagnostic(.error, at: nil, "\(error)")
      }
      if !failed { failed = replies.contains { $0.error != nil } }
      emit(replies)
      batch.removeAll(keepingCapacity: true)
      size = 0
    }
    while let line = try input.nextLine() {
      if JSONLRecord.isBlank(line) { continue }
      batch.append((line, input.lineNumber))
      size += line.count
      if batch.count >= Self.batchRecords || size >= Self.batchBytes
        || !input.canContinueWithoutWaiting
      {
        try flush()
      }
    }
    try flush()
    return failed
  }
}
