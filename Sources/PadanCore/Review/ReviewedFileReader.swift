/// Which units of a bilingual file count as reviewed, and what the memory keeps of them.
///
/// - XLIFF 2.x: segments whose `state` is `reviewed` or `final`.
/// - XLIFF 1.x: `trans-unit`s with `approved="yes"` whose target state is not `new` or a
///   `needs-…` state (translate-toolkit's `po2xliff` writes `approved="yes"` and
///   `state="translated"` for a PO entry that is not fuzzy), and targets in state `final` or
///   `signed-off`. A PO header unit (`restype="x-gettext-domain-header"`) is not a segment.
/// - TMX: every unit, except those Padan marks as raw machine translation
///   (`x-padan-origin` `machine-translation`) or as a review out of date (`x-padan-state`
///   `stale`).
/// - Padan JSONL: segments with `"state":"reviewed"` or `"final"`.
///
/// Boilerplate (`translate="no"`), and units without Indonesian or English, never count.
/// In XLIFF and JSONL, whose units are in document order, the neighbours of a unit are its
/// context; in TMX only the `x-padan-prev` and `x-padan-next` props of Padan's memory
/// files give one.
public enum ReviewedFileReader {
  /// The TMX props of Padan's memory files.
  public static let previousProperty = "x-padan-prev"
  public static let nextProperty = "x-padan-next"
  /// `entry<TAB>Indonesian<TAB>English`: a glossary entry of the source when imported.
  public static let termProperty = "x-padan-term"
  /// The file and unit the review was imported from.
  public static let importedFileProperty = "x-padan-reviewed-file"
  public static let importedUnitProperty = "x-padan-reviewed-unit"

  /// A reviewed unit as read, before it is given a place in the memory.
  public struct Unit: Sendable, Hashable {
    public var id: String
    public var source: String
    public var target: String
    public var previous: String?
    public var next: String?
    public var terms: [ReviewedTerm]
    /// Where it was imported from, when the file records it (`b.xliff#4`).
    public var importedFrom: String?
  }

  /// The reviewed units of `file`, in file order, and how many units are not reviewed.
  public static func units(of file: BilingualFile) -> (units: [Unit], notReviewed: Int) {
    let segments = file.document.segments
    let infos =
      file.units.count == segments.count
      ? file.units : Array(repeating: BilingualFile.UnitInfo(), count: segments.count)
    // The segments of the document, PO header units left out.
    let kept = segments.indices.filter {
      !infos[$0].values("restype").contains("x-gettext-domain-header")
    }
    var units: [Unit] = []
    var notReviewed = 0
    for (k, i) in kept.enumerated() {
      let s = segments[i]
      let info = infos[i]
      guard s.kind != .boilerplate, !isBlank(s.source) else { continue }
      guard !isBlank(s.target), isReviewed(info, format: file.format) else {
        notReviewed += 1
        continue
      }
      var unit = Unit(id: s.id, source: s.source, target: s.target, terms: [])
      if file.format == "tmx" {
        unit.previous = info.values(previousProperty).first
        unit.next = info.values(nextProperty).first
        for value in info.values(termProperty) {
          let parts = value.split(separator: "\t", omittingEmptySubsequences: false)
          guard parts.count == 3 else { continue }
          unit.terms.append(
            ReviewedTerm(
              entry: String(parts[0]), source: String(parts[1]), target: String(parts[2])))
        }
        if let from = info.values(importedFileProperty).first {
          unit.importedFrom = from + "#" + (info.values(importedUnitProperty).first ?? "")
        }
      } else {
        unit.previous = k > 0 ? segments[kept[k - 1]].source : ""
        unit.next = k + 1 < kept.count ? segments[kept[k + 1]].source : ""
      }
      units.append(unit)
    }
    return (units, notReviewed)
  }

  /// Whether a unit with `info` counts as reviewed in a file of `format`.
  public static func isReviewed(_ info: BilingualFile.UnitInfo, format: String) -> Bool {
    switch format {
    case "tmx":
      return !info.values("x-padan-origin").contains("machine-translation")
        && !info.values("x-padan-state").contains("stale")
    case "jsonl":
      return info.state == "reviewed" || info.state == "final"
    default:
      if ["reviewed", "final", "signed-off"].contains(info.state) { return true }
      return info.approved && info.state != "new" && !info.state.hasPrefix("needs-")
    }
  }

  static func isBlank(_ s: String) -> Bool {
    s.utf8.allSatisfy { $0 == 0x20 || (0x09...0x0D).contains($0) }
  }
}
