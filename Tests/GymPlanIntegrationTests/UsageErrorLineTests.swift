import Foundation
import TestSupport
import Testing

/// A usage error says why in one line, `gymplan: …`, with exit status 64 (README, Commands): never
/// the argument parser's `Error:` and usage screen, never the root command's usage for a
/// subcommand's mistake; a misspelt subcommand or value names the one probably meant.
@Suite struct UsageErrorLineTests {
    private func lines(_ text: String) -> [Substring] { text.split(separator: "\n") }

    @Test func aSchoolYearThatIsNotOneSaysWhatToWrite() throws {
        for (arguments, expected) in [
            (["flags", "--school-year", "2021/22"],
             "gymplan: --school-year: '2021/22' is not a school year: write YYYY-YYYY, two consecutive years, e.g. 2021-2022\n"),
            (["roster", "--school-year", "21-22"],
             "gymplan: --school-year: '21-22' is not a school year: write YYYY-YYYY, two consecutive years, e.g. 2021-2022\n"),
            (["flags", "--school-year", "2019-2021"],
             "gymplan: --school-year: '2019-2021' is not a school year: 2019 and 2021 are not consecutive years"
                + " (a school year is YYYY-YYYY, e.g. 2019-2020)\n"),
            (["trend", "--from", "2020"],
             "gymplan: --from: '2020' is not a school year: write YYYY-YYYY, two consecutive years, e.g. 2021-2022\n"),
            (["grants", "--to", "2020-2020"],
             "gymplan: --to: '2020-2020' is not a school year: 2020 and 2020 are not consecutive years"
                + " (a school year is YYYY-YYYY, e.g. 2020-2021)\n"),
        ] {
            let result = try GymPlanCLI.run(arguments)
            #expect(result.status == 64, "\(arguments): \(result.standardError)")
            #expect(result.standardError == expected, "\(arguments)")
            #expect(result.standardOutput.isEmpty)
        }
    }

    @Test func aMisspeltSubcommandOfDbSuggestsTheOneMeant() throws {
        let result = try GymPlanCLI.run(["db", "stauts"])
        #expect(result.status == 64, "\(result.standardError)")
        #expect(result.standardError == "gymplan: unknown command 'db stauts'; did you mean 'db status'?\n"
            + "commands: start, stop, status, migrate, reset, create-readonly-role (gymplan db --help tells what each does)\n",
            "\(result.standardError)")
        let far = try GymPlanCLI.run(["db", "frobnicate"])
        #expect(far.status == 64)
        #expect(far.standardError.hasPrefix("gymplan: unknown command 'db frobnicate'\ncommands: start, stop,"), "\(far.standardError)")
        // The real subcommands and help still parse as before.
        #expect(try GymPlanCLI.run(["db", "--help"]).status == 0)
        #expect(try GymPlanCLI.run(["help", "db"]).status == 0)
        #expect(try GymPlanCLI.run(["db", "reset", "--help"]).status == 0)
    }

    @Test func aMisspeltKindOfDataSuggestsTheOneMeant() throws {
        let database = try TestCluster.shared().makeDatabase(label: "usage-kind")
        defer { try? database.drop() }
        let result = try GymPlanCLI.run(["delete", "lesons"], database: database)
        #expect(result.status == 64, "\(result.standardError)")
        #expect(lines(result.standardError).count == 1, "\(result.standardError)")
        #expect(result.standardError.hasPrefix("gymplan: kind: 'lesons' is not one of municipalities, schools, gyms,"),
                "\(result.standardError)")
        #expect(result.standardError.hasSuffix("; did you mean 'lessons'?\n"), "\(result.standardError)")
        let far = try GymPlanCLI.run(["delete", "everything"], database: database)
        #expect(far.status == 64 && !far.standardError.contains("did you mean"), "\(far.standardError)")
        // An option's value the same way: `--format tabel`.
        let format = try GymPlanCLI.run(["flags", "--school-year", "2021-2022", "--format", "tabel"], database: database)
        #expect(format.status == 64)
        #expect(format.standardError == "gymplan: --format: 'tabel' is not one of table, json, csv; did you mean 'table'?\n",
                "\(format.standardError)")
    }

    @Test func aMistakeFoundWhileRunningIsTheSubcommandsOwnLine() throws {
        let database = try TestCluster.shared().makeDatabase(label: "usage-run")
        defer { try? database.drop() }
        let role = try GymPlanCLI.run(
            ["db", "create-readonly-role", "analyst", "--password-env", "GYMPLAN_TEST_UNSET_PASSWORD"], database: database)
        #expect(role.status == 64, "\(role.standardError)")
        #expect(role.standardError == "gymplan: --password-env: the environment variable GYMPLAN_TEST_UNSET_PASSWORD is not set"
            + " or empty; set it to the role's password\n", "\(role.standardError)")
        #expect(!role.standardError.contains("Usage"))
        let connection = try database.connect()
        #expect(try connection.query("SELECT count(*) FROM pg_roles WHERE rolname = 'analyst'").scalar(Int.self) == 0)
    }

    @Test func everyUsageErrorIsOneLineWithStatus64() throws {
        for arguments in [
            ["flags"], ["flags", "--school-year", "2021-2022", "--frobnicate"], ["roster", "--school-year", "2021-2022", "--format", "csv"],
            ["db", "reset"], ["trend", "--from", "2021-2022", "--to", "2020-2021"], ["flags", "--school-year", "2021-2022", "--min-lessons", "x"],
            ["delete"],
        ] {
            let result = try GymPlanCLI.run(arguments)
            #expect(result.status == 64, "\(arguments): \(result.standardError)")
            #expect(lines(result.standardError).count == 1, "\(arguments): \(result.standardError)")
            #expect(result.standardError.hasPrefix("gymplan: "), "\(arguments): \(result.standardError)")
            #expect(!result.standardError.contains("Usage:") && !result.standardError.contains("Error:"), "\(arguments)")
        }
    }
}
