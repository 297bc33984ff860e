import ArgumentParser
import GymPlan

/// `gymplan delete KIND [--school-year Y]` or `gymplan delete --school-year Y`: removes data in one
/// transaction and says what went.
struct DeleteCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "delete",
        abstract: "Delete one kind of data, or one school year's classes and lessons, in one transaction.",
        discussion: """
            KIND is one of municipalities, schools, gyms, distances, classes, lessons, teachers, grants, \
            postcode-areas, gym-hours, school-hours. With --school-year only that year's rows go (classes, lessons; \
            grants applied in it); without a KIND, --school-year deletes the year's classes and their lessons. A \
            deletion that would take rows of other kinds along (a teacher's grants, a gym's distances, a school's \
            classes) is refused unless --cascade is given, and then each is named. References that only point at \
            what goes (a lesson's teacher or gym) are cleared and counted.
            """
    )

    @OptionGroup var database: DatabaseOptions
    @Argument(help: ArgumentHelp("The kind of data to delete.", valueName: "kind")) var kind: DataKind?
    @Option(help: "Only this school year, YYYY-YYYY.") var schoolYear: SchoolYear?
    @Flag(help: "Also delete the rows of other kinds that depend on what is deleted.") var cascade = false

    func validate() throws {
        if kind == nil && schoolYear == nil {
            throw ValidationError("name a kind of data (\(DataKind.allCases.map(\.rawValue).joined(separator: ", "))) or --school-year YYYY-YYYY")
        }
        if let kind, schoolYear != nil, !kind.hasSchoolYear {
            throw ValidationError("\(kind.rawValue) have no school year: --school-year is for classes, lessons and grants")
        }
    }

    func run() throws {
        let connection = try database.open()
        do {
            let report = try DataDeletion.delete(kind, year: schoolYear, cascade: cascade, on: connection)
            let scope = schoolYear.map { kind == .grants ? " applied in \($0)" : " of \($0)" } ?? ""
            report.lines(scope: scope).forEach(StandardError.note)
        } catch let refusal as DataDeletion.WouldCascade {
            throw DeletionRefused(message: refusal.description)
        }
    }
}

/// `gymplan delete` refused to take rows of other kinds along: a usage matter (add `--cascade`).
struct DeletionRefused: CommandReportableError {
    var message: String
    var description: String { message }
    var exitStatus: ExitStatus { .usage }
}

extension DataKind: ExpressibleByArgument {}
