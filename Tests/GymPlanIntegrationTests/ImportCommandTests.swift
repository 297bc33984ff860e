import Foundation
import GymPlan
import PostgresClient
import TestSupport
import Testing

/// `gymplan import` as a user runs it: exit statuses, output streams, and a killed import.
@Suite struct ImportCommandTests {
    let fixture = ImportTestDatabase.fixture("contract")

    @Test func importsAndSummarisesOnStandardError() throws {
        let database = try ImportTestDatabase.freshDatabase()
        let result = try GymPlanCLI.run(["import", fixture], database: database)
        #expect(result.status == 0, "\(result.standardError)")
        #expect(result.standardOutput.isEmpty)
        #expect(result.standardError.contains("schools.csv: 4 schools (4 inserted, 0 updated, 0 unchanged)"))
        let again = try GymPlanCLI.run(["import", fixture, "--json"], database: database)
        #expect(again.status == 0)
        let report = try JSONDecoder.snakeCase.decode(ImportReport.self, from: Data(again.standardOutput.utf8))
        #expect(report.files.count == 8)
        #expect(report.files.allSatisfy { $0.unchanged == $0.rows })
    }

    @Test func badInputExitsWith65AndChangesNothing() throws {
        let database = try ImportTestDatabase.freshDatabase()
        let temp = try ImportTempFolder()
        let file = try temp.write("municipalities.csv", "code,name\nGM0001,A\nX,B\n")
        let result = try GymPlanCLI.run(["import", file], database: database)
        #expect(result.status == 65)
        #expect(result.standardError.contains("\(file):3: code: \"X\" is not a municipality code"))
        #expect(try database.connect().count("municipality") == 0)
        let json = try GymPlanCLI.run(["import", "--json", file], database: database)
        #expect(json.status == 65)
        #expect(json.standardOutput.contains("\"ok\" : false"))
    }

    @Test func dryRunAndEncodingOptions() throws {
        let database = try ImportTestDatabase.freshDatabase()
        let dry = try GymPlanCLI.run(["import", "--dry-run", fixture], database: database)
        #expect(dry.status == 0)
        #expect(dry.standardError.contains("dry run: nothing was written"))
        #expect(try database.connect().count("school") == 0)
        let temp = try ImportTempFolder()
        // "Fryslân" in Windows-1252: the byte 0xE2 alone is not UTF-8.
        let file = try temp.write("municipalities.csv", bytes: Array("code,name\nGM0900,Frysl".utf8) + [0xE2] + Array("n\n".utf8))
        #expect(try GymPlanCLI.run(["import", "--encoding", "utf8", file], database: database).status == 65)
        #expect(try GymPlanCLI.run(["import", "--encoding", "windows-1252", file], database: database).status == 0)
        #expect(try database.connect().query("SELECT name FROM municipality").scalar(String.self) == "Fryslân")
        #expect(try GymPlanCLI.run(["import", "--encoding", "latin9", file], database: database).status == 64)
    }

    /// `kill -9` while the rows stream through COPY: the transaction dies with the connection.
    @Test(.timeLimit(.minutes(3)))
    func aKilledImportLeavesTheDatabaseAsBefore() throws {
        let database = try ImportTestDatabase.freshDatabase()
        #expect(try GymPlanCLI.run(["import", fixture], database: database).status == 0)
        let observer = try database.connect()
        let before = try observer.fingerprint()
        let foreignKeys = try observer.count("pg_constraint", "contype = 'f' AND connamespace = 'public'::regnamespace")
        let temp = try ImportTempFolder()
        var text = "school_id,gym_id,distance_m,travel_minutes\n"
        text.reserveCapacity(16_000_000)
        for index in 0 ..< 400_000 {
            text += "00AP00,GYM-\(index),\(index % 5000),\(index % 60)\n"
        }
        let file = try temp.write("distances.csv", text)

        let pid = try spawn(GymPlanCLI.executable.path, ["import", file], environment: ["DATABASE_URL": database.url])
        var sawCopy = false
        for _ in 0 ..< 1200 where !sawCopy {
            sawCopy = try observer.query(
                "SELECT count(*) FROM pg_stat_activity WHERE query LIKE 'COPY import_%' AND state = 'active'").scalar(Int.self) > 0
            if !sawCopy { usleep(50_000) }
        }
        kill(pid, SIGKILL)
        var status: Int32 = 0
        waitpid(pid, &status, 0)
        #expect(sawCopy, "the import never reached COPY")

        // The server notices the dead client and rolls back; wait for its backend to go.
        for _ in 0 ..< 200 {
            let busy = try observer.query(
                "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()").scalar(Int.self)
            if busy == 0 { break }
            usleep(50_000)
        }
        #expect(try observer.fingerprint() == before)
        #expect(try observer.count("pg_constraint", "contype = 'f' AND connamespace = 'public'::regnamespace") == foreignKeys)
        // Nothing is left locked: the next import runs.
        let again = try GymPlanCLI.run(["import", fixture], database: database)
        #expect(again.status == 0)
    }

    /// Starts a program with extra environment variables, without waiting for it.
    private func spawn(_ path: String, _ arguments: [String], environment extra: [String: String]) throws -> pid_t {
        var environment = ProcessInfo.processInfo.environment.filter { !$0.key.hasPrefix("PG") }
        for (key, value) in extra { environment[key] = value }
        var argv: [UnsafeMutablePointer<CChar>?] = []
        for argument in [path] + arguments { argv.append(strdup(argument)) }
        argv.append(nil)
        var envp: [UnsafeMutablePointer<CChar>?] = []
        for (key, value) in environment { envp.append(strdup("\(key)=\(value)")) }
        envp.append(nil)
        defer {
            argv.forEach { free($0) }
            envp.forEach { free($0) }
        }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        var pid: pid_t = 0
        let status = posix_spawn(&pid, path, &actions, nil, argv, envp)
        guard status == 0 else { throw POSIXError(POSIXErrorCode(rawValue: status) ?? .EINVAL) }
        return pid
    }
}

extension JSONDecoder {
    static var snakeCase: JSONDecoder {
        let decoder = JSONDecoder()
        decoder.keyDecodingStrategy = .convertFromSnakeCase
        return decoder
    }
}
