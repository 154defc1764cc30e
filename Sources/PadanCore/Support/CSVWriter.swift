/// Writes RFC 4180 CSV: a field is quoted only when it holds a comma, a quote or a line
/// break, and a quote inside it is doubled. Records end with LF.
struct CSVWriter {
  private(set) var bytes: [UInt8] = []

  /// Appends one record.
  mutating func append(_ fields: [String]) {
    for (k, field) in fields.enumerated() {
      if k > 0 { bytes.append(0x2C) }
      bytes += Self.quoted(field).utf8
    }
    bytes.append(0x0A)
  }

  /// `field` as it appears in a CSV file.
  static func quoted(_ field: String) -> String {
    let special = field.utf8.contains { $0 == 0x2C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }
    guard special else { return field }
    return "\"" + field.replacing("\"", with: "\"\"") + "\""
  }
}
