import ArgumentParser
import Foundation
import GymPlan

/// `gymplan-bench roster-fet`: the roster problem of a gymplan database in FET's format, and FET's
/// timetable judged by gymplan's check (the FET comparison of `make bench`).
struct RosterFET: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "roster-fet",
        abstract: "Write a database's roster problem as a FET file, or score FET's timetable of it.",
        discussion: """
            Without --score, writes the .fet file to --output. With --score ACTIVITIES_XML (the \
            *_activities.xml FET writes), prints one line: activities, placed, valid (no conflict of section 6), \
            walking minutes and metres of the valid lessons, and the conflicts by kind.
            """
    )

    @Option(name: .customLong("database-url"), help: "PostgreSQL URL (else DATABASE_URL).") var databaseURL: String?
    @Option(help: "School year, YYYY-YYYY.") var schoolYear: String
    @Option(help: "The .fet file to write.") var output: String?
    @Option(help: "FET's *_activities.xml to score.") var score: String?

    func run() throws {
        guard let year = SchoolYear(schoolYear) else { throw ValidationError("--school-year must be YYYY-YYYY") }
        let connection = try GymPlanDatabase.open(DatabaseTarget.resolve(explicitURL: databaseURL), migrate: false)
        let input = try connection.readOnlySnapshot {
            try RosterInput.read(connection, year: year, parameters: PlanningParameters(), speeds: RosterSpeeds())
        }
        let file = FETFile(problem: input.problem, reach: RosterReach(input.problem))
        if let score {
            print(FETScore(file: file, activitiesXML: try String(contentsOfFile: score, encoding: .utf8)).line)
        } else if let output {
            try file.xml().write(toFile: output, atomically: true, encoding: .utf8)
            StandardError.write("wrote \(output): \(file.classes.count) classes, \(file.hours.count) hours a day")
        } else {
            throw ValidationError("give --output or --score")
        }
    }
}
