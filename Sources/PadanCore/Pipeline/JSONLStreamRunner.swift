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
  /// The longest record answered; a longer one gets an error line and the stream goes on.
  public static var maximumRecordBytes: Int { 64 << 20 }
  /// A record longer than this goes to `streamLargeRecords`, when it is set.
  public static var streamedRecordBytes: Int { 1 << 20 }

  private let pool: WorkerPool<State, (line: [UInt8], number: Int), JSONLReply>
  private let makeState: @Sendable () throws -> State
  private var callingThreadState: State?

  /// Answers a record longer than `streamedRecordBytes` on the calling thread, handing
  /// its output line to the writer in pieces as they are made (see `run`), so that memory
  /// stays bounded for one huge record. Returns the error message, if any.
  public var streamLargeRecords: ((inout State, JSONLRecord, (String) -> Void) -> String?)?

  /// - Parameters:
  ///   - jobs: worker threads (1 runs everything on the calling thread).
  ///   - makeState: called once per worker (a segmenter, an aligner).
  ///   - respond: answers one well-formed record.
  public init(
    jobs: Int, makeState: @escaping @Sendable () throws -> State,
    respond: @escaping @Sendable (inout State, JSONLRecord) -> JSONLReply
  ) {
    self.makeState = makeState
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
  ///   - write: receives, in pieces, the output line of a record answered by
  ///     `streamLargeRecords` (its line feed included), between two batches.
  /// - Returns: whether any line failed (malformed, or not processed).
  /// - Throws: `Diagnostic` when reading fails or a worker cannot make its state; the
  ///   replies before it have been handed out.
  public func run(
    _ input: ByteLineReader, emit: ([JSONLReply]) -> Void, write: (String) -> Void = { _ in }
  ) throws(Diagnostic) -> Bool {
    input.maximumLineBytes = Self.maximumRecordBytes
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
      if input.lastLineWasCut {
        try flush()
        let message =
          "<stdin>:\(input.lineNumber):1: error: a record longer than "
          + "\(Self.maximumRecordBytes >> 20) MiB is not translated"
        emit([JSONLReply.failure(id: nil, message: message)])
        failed = true
        continue
      }
      if JSONLRecord.isBlank(line) { continue }
      if line.count > Self.streamedRecordBytes, let stream = streamLargeRecords {
        try flush()
        switch JSONLRecord.parse(line[...], number: input.lineNumber) {
        case .failure(let reply):
          emit([reply])
          failed = true
        case .success(let record):
          if callingThreadState == nil {
            do {
              callingThreadState = try makeState()
            } catch {
              throw error as? Diagnostic ?? Diagnostic(.error, at: nil, "\(error)")
            }
          }
          if stream(&callingThreadState!, record, write) != nil { failed = true }
          write("\n")
        }
        continue
      }
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
