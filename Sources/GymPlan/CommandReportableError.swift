/// An error that the command line prints as it is, with its own exit status (sysexits).
public protocol CommandReportableError: Error, CustomStringConvertible {
    var exitStatus: Int32 { get }
}
