/// The version of Padan, recorded in every output file.
public enum PadanVersion {
  public static let string = "0.2.0"
}
