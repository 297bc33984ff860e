import Foundation

/// Messages for the user on standard error, never mixed into data on standard output.
enum StandardError {
    /// A line as it is.
    static func note(_ message: String) {
        FileHandle.standardError.write(Data((message + "\n").utf8))
    }

    /// Each line as it is.
    static func notes(_ messages: [String]) {
        for message in messages { note(message) }
    }

    /// A line that says gymplan could not do something: `gymplan: MESSAGE`.
    static func printError(_ message: String) {
        FileHandle.standardError.write(Data(("gymplan: " + message + "\n").utf8))
    }
}
