import ArgumentParser
import Foundation
import GymPlan
import PostgresClient

struct DbCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "db",
        abstract: "Manage gymplan's database: the embedded cluster and the schema.",
        subcommands: [Start.self, Stop.self, Status.self, Migrate.self, Reset.self, CreateReadonlyRole.self]
    )
}

extension DbCommand {
    struct Start: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Start the embedded cluster (creating it on first use).")

        func run() throws {
            let target = DatabaseOptions.announced(try DatabaseTarget.resolve(explicitURL: nil))
            guard case .embedded(let cluster) = target else {
                StandardError.printError("a database server is configured (\(target.description)); nothing to start")
                return
            }
            let connection = try GymPlanDatabase.open(target)
            _ = connection
            StandardError.note("embedded cluster running at \(cluster.home)")
        }
    }

    struct Stop: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Stop the embedded cluster.")

        func run() throws {
            let target = DatabaseOptions.announced(try DatabaseTarget.resolve(explicitURL: nil))
            guard case .embedded(let cluster) = target else {
                StandardError.printError("a database server is configured (\(target.description)); gymplan does not stop it")
                return
            }
            let stopped = try cluster.stop()
            StandardError.note((stopped ? "stopped" : "not running") + " (\(cluster.home))")
        }
    }

    struct Status: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Show which database gymplan uses, its schema version and what it holds (starts the embedded cluster).")

        @OptionGroup var database: DatabaseOptions
        @Flag(help: "Print JSON.") var json = false

        func run() throws {
            let target = try database.target()
            let connection = try GymPlanDatabase.open(target)
            let status = try connection.readOnlySnapshot { try DatabaseStatus.read(connection, target: target) }
            try StandardOutput.write(json ? try status.jsonText() : status.text)
        }
    }

    struct Migrate: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Apply pending schema migrations.")

        @OptionGroup var database: DatabaseOptions

        func run() throws {
            let target = try database.target()
            let connection = try Connection(settings: try target.connectionSettings())
            let applied = try Migrator(migrations: GymPlanMigrations.all()).migrate(connection)
            StandardError.note(applied.isEmpty
                ? "schema up to date"
                : "applied migrations \(applied.map(String.init).joined(separator: ", "))")
        }
    }
}

extension DbCommand {
    struct Reset: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Delete all data in one transaction; the cluster, the schema and its roles stay.")

        @OptionGroup var database: DatabaseOptions
        @Flag(help: "Confirm that every row of every table is to be deleted.") var yes = false

        func validate() throws {
            guard yes else {
                throw ValidationError("db reset deletes all data (schools, gyms, classes, lessons, teachers, grants, …): run it with --yes")
            }
        }

        func run() throws {
            let connection = try database.open()
            let report = try DataDeletion.deleteEverything(on: connection)
            StandardError.note("deleted " + report.removed.map { $0.kind.counted($0.count) }.joined(separator: ", "))
        }
    }

    struct CreateReadonlyRole: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "create-readonly-role",
            abstract: "Create a database role that can only read (for people who only export).")

        @OptionGroup var database: DatabaseOptions
        @Argument(help: "The role's name.") var name: String
        @Option(help: "Name of an environment variable holding the role's password (the role can then log in).")
        var passwordEnv: String?

        func run() throws {
            var password: String?
            if let passwordEnv {
                guard let value = ProcessInfo.processInfo.environment[passwordEnv], !value.isEmpty else {
                    throw ValidationError("--password-env: the environment variable \(passwordEnv) is not set or empty; set it to the role's password")
                }
                password = value
            }
            let connection = try database.open()
            try ReadOnlyRole.create(connection, name: name, password: password)
            StandardError.note("role \(name) can read gymplan's tables" + (password == nil ? " (no login yet)" : ""))
        }
    }
}
