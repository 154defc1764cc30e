/// A count with its noun in the right number: `counted(1, "entry", "entries")` is
/// "1 entry", `counted(2, "entry", "entries")` is "2 entries". Without `plural`, the plural
/// is `singular` + "s".
public func counted(_ count: Int, _ singular: String, _ plural: String? = nil) -> String {
  "\(count) \(count == 1 ? singular : plural ?? singular + "s")"
}
