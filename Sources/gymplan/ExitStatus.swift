/// gymplan's exit statuses after a failure, those of sysexits.h. 0 is success.
enum ExitStatus: Int32, Sendable {
    /// EX_USAGE: the command line is wrong (the argument parser's `ValidationError`).
    case usage = 64
    /// EX_DATAERR: the input data is bad (a rejected import, a what-if naming no gym).
    case dataError = 65
    /// EX_UNAVAILABLE: the database cannot be used (not running, out of disk space, no PostGIS).
    case unavailable = 69
    /// EX_SOFTWARE: an internal error, a bug.
    case internalError = 70
    /// EX_IOERR: the output could not be written.
    case ioError = 74
    /// EX_TEMPFAIL: a concurrent command got in the way; running it again may succeed.
    case temporaryFailure = 75
    /// EX_NOPERM: the database user may not do this.
    case noPermission = 77
    /// EX_CONFIG: the schema or configuration is wrong.
    case configuration = 78
    /// 128 + SIGINT, as a shell reports a command ended by Ctrl-C: interrupted, and rolled back.
    case interrupted = 130
}
