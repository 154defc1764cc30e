internal import CICU

/// An ICU status code that signals a failure.
///
/// ICU's `UErrorCode` is 0 for success, negative for a warning (for example
/// `U_STRING_NOT_TERMINATED_WARNING`, which is not a failure) and positive for a
/// failure. Only failures become `ICUError`s; see ``check(_:)``.
public struct ICUError: Error, RawRepresentable, Hashable, Sendable, CustomStringConvertible {
  public let rawValue: Int32

  public init(rawValue: Int32) { self.rawValue = rawValue }

  /// ICU's own name for the code, such as `U_ILLEGAL_ARGUMENT_ERROR`.
  public var name: String { String(cString: cicu_error_name(rawValue)) }

  public var description: String { "ICU error \(name) (\(rawValue))" }

  public static let illegalArgument = ICUError(rawValue: 1)
  public static let memoryAllocation = ICUError(rawValue: 7)
  public static let indexOutOfBounds = ICUError(rawValue: 8)

  /// Throws when `status` is a failure; warnings and success pass.
  ///
  /// - Throws: `ICUError` when `status > 0`.
  @inline(__always)
  static func check(_ status: Int32) throws(ICUError) {
    if status > 0 { throw ICUError(rawValue: status) }
  }
}
