import ArgumentParser
import DelimitedText
import Foundation
import GymPlan

/// `gymplan import PATH...`: loads data-set files and the public DUO, CBS and PC4 files.
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import CSV files or folders of them (data contract, section 2) in one transaction.",
        discussion: """
            Files are recognised by name (municipalities.csv, schools.csv, gyms.csv, distances.csv, classes.csv, \
            teachers.csv, lessons.csv, grants.csv, and the opening hours gym_hours.csv and school_hours.csv, each \
            replacing the windows of the gyms or schools it names) or, for DUO's school locations, CBS's \
            municipality list and the PC4 table, by their header. Bad input is rejected with every problem listed (exit status 65) and \
            nothing is changed.
            """
    )

    @OptionGroup var database: DatabaseOptions

    @Argument(help: "Files or folders of .csv files.")
    var paths: [String]

    @Flag(help: "Print the summary as JSON on standard output.")
    var json = false

    @Flag(help: "Check and count everything, then roll back.")
    var dryRun = false

    @Option(help: "Read the files in this encoding (utf8 or windows-1252) instead of detecting it.")
    var encoding: String?

    func validate() throws {
        if paths.isEmpty { throw ValidationError("name at least one file or folder to import") }
        if let encoding, TextEncoding(name: encoding) == nil {
            throw ValidationError("unknown encoding '\(encoding)': use utf8 or windows-1252")
        }
    }

    func run() throws {
        let connection = try database.open()
        let progress = ProgressLine.standardError()
        let options = ImportOptions(
            dryRun: dryRun, encoding: encoding.flatMap(TextEncoding.init(name:)), progress: progress?.importProgress)
        let interrupt = InterruptHandling(for: connection)
        defer { interrupt.stop() }
        do {
            // Ctrl-C after the commit: the data was imported, and the summary says so.
            let report = try Importer(connection: connection).importFiles(at: paths, options: options)
            progress?.clear()
            if json { try StandardOutput.write(try report.jsonText()) } else { StandardError.note(report.text) }
        } catch where interrupt.wasInterrupted {
            progress?.clear()
            throw Interrupted(what: "nothing was imported")
        } catch let failure as ImportFailure {
            progress?.clear()
            if json { try StandardOutput.write(try failure.jsonText()) }
            throw failure
        }
    }
}

/// A one-line progress display on standard error, only when it is a terminal.
struct ProgressLine: Sendable {
    static func standardError() -> ProgressLine? {
        isatty(STDERR_FILENO) == 1 ? ProgressLine() : nil
    }

    var importProgress: ImportProgress {
        ImportProgress { message in
            FileHandle.standardError.write(Data(("\r\u{1B}[K" + message).utf8))
        }
    }

    func clear() {
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
    }
}
