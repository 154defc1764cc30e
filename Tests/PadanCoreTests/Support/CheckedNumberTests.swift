import Testing

@testable import PadanCore

@Suite struct CheckedNumberTests {
  @Test func parsesDigitsInEachRadix() {
    #expect(
      CheckedNumber.parse(Array("1234".utf8), radix: 10, digit: CheckedNumber.decimalDigit) == 1234)
    #expect(CheckedNumber.parse(Array("1F".utf8), radix: 16, digit: CheckedNumber.hexDigit) == 31)
    #expect(
      CheckedNumber.parse(Array("BA".utf8), radix: 64, digit: CheckedNumber.base64Digit) == 64)
  }

  @Test func overflowAndLimitsAreNilNotATrap() {
    let huge = Array(String(repeating: "9", count: 40).utf8)
    #expect(CheckedNumber.parse(huge, radix: 10, digit: CheckedNumber.decimalDigit) == nil)
    #expect(
      CheckedNumber.parse(
        Array("100000000".utf8), radix: 16, limit: 0x10FFFF, digit: CheckedNumber.hexDigit) == nil)
    #expect(
      CheckedNumber.parse(Array("//////////////".utf8), radix: 64, digit: CheckedNumber.base64Digit)
        == nil)
  }

  @Test func emptyOrNonDigitsAreNil() {
    #expect(CheckedNumber.parse([UInt8](), radix: 10, digit: CheckedNumber.decimalDigit) == nil)
    #expect(
      CheckedNumber.parse(Array("12a".utf8), radix: 10, digit: CheckedNumber.decimalDigit) == nil)
  }
}
