import Dispatch
import Foundation
import PostgresClient

/// Ctrl-C (SIGINT) during a command that writes: the signal is taken on a dispatch queue, not in
/// a signal handler, and there it requests the connection's `Interruption`, which cancels the
/// running statement and fails every later one but the rollback. The command then ends with its
/// transaction rolled back; a second Ctrl-C ends the process at once (the server rolls back an
/// open transaction whose connection goes).
final class InterruptHandling: @unchecked Sendable {
    // `@unchecked Sendable`: the fields are set in `init`, before the source is resumed, and only
    // read afterwards; `Interruption` is itself thread-safe.
    private let source: any DispatchSourceSignal
    let interruption: Interruption

    /// Watches SIGINT for `connection` until `stop()`.
    init(for connection: Connection) {
        let interruption = Interruption(for: connection)
        connection.interruption = interruption
        self.interruption = interruption
        signal(SIGINT, SIG_IGN)
        source = DispatchSource.makeSignalSource(signal: SIGINT, queue: DispatchQueue.global())
        source.setEventHandler {
            // The next Ctrl-C is the default's: the process ends.
            signal(SIGINT, SIG_DFL)
            interruption.request()
        }
        source.resume()
    }

    /// True when Ctrl-C was pressed.
    var wasInterrupted: Bool { interruption.isRequested }

    /// Gives SIGINT back its default action.
    func stop() {
        source.cancel()
        signal(SIGINT, SIG_DFL)
    }
}

/// The command was interrupted with Ctrl-C and what it did was rolled back.
struct Interrupted: CommandReportableError {
    var what: String
    var description: String { "interrupted: \(what)" }
    var exitStatus: ExitStatus { .interrupted }
}
