/// A message about an input, carrying where it happened. Text is produced only at the edge.
public struct Diagnostic: Error, Hashable, Sendable, CustomStringConvertible {
  public enum Severity: String, Sendable, Hashable {
    case error
    case warning
  }

  public var severity: Severity
  public var location: SourceLocation?
  public var message: String

  public init(_ severity: Severity, at location: SourceLocation?, _ message: String) {
    self.severity = severity
    self.location = location
    self.message = message
  }

  /// `FILE:LINE:COLUMN: error: message`, the format editors and CI logs understand.
  public var description: String {
    if let location { return "\(location): \(severity.rawValue): \(message)" }
    return "\(severity.rawValue): \(message)"
  }
}

/// Diagnostics gathered while processing several inputs: report everything, then fail once.
public struct DiagnosticLog: Sendable {
  public private(set) var entries: [Diagnostic] = []

  public init() {}

  public mutating func append(_ diagnostic: Diagnostic) { entries.append(diagnostic) }
  public mutating func append(contentsOf other: [Diagnostic]) { entries.append(contentsOf: other) }

  public var hasErrors: Bool { entries.contains { $0.severity == .error } }
}

extension Array where Element == Diagnostic {
  /// Diagnostics in file, line and column order (stable for equal locations).
  public func sortedByLocation() -> [Diagnostic] {
    enumerated().sorted { a, b in
      let x = a.element.location
      let y = b.element.location
      let kx = (x?.path ?? "", x?.line ?? 0, x?.column ?? 0)
      let ky = (y?.path ?? "", y?.line ?? 0, y?.column ?? 0)
      return kx != ky ? kx < ky : a.offset < b.offset
    }.map(\.element)
  }
}
