import PostgresClient

/// A database role for people who only read and export: SELECT on gymplan's tables, nothing else.
public enum ReadOnlyRole {
    /// Creates the role if needed (LOGIN when a password is given) and grants it read access to
    /// every table, now and in later migrations.
    public static func create(_ connection: Connection, name: String, password: String?) throws {
        let role = try connection.quoteIdentifier(name)
        try connection.transaction {
            let exists = try connection.query("SELECT count(*) FROM pg_roles WHERE rolname = $1", [name]).scalar(Int.self) > 0
            if !exists {
                try connection.query("CREATE ROLE \(role) NOLOGIN")
            }
            if let password {
                // Only the SCRAM verifier goes to the server, never the password: a statement log
                // (log_statement = all logs parameters too) cannot reveal it. It travels as a
                // parameter (set_config), never pasted into SQL; format(%L) quotes it in the server.
                let verifier = try connection.passwordVerifier(password, role: name)
                try connection.query("SELECT set_config('gymplan.role', $1, true), set_config('gymplan.verifier', $2, true)",
                                     [name, verifier])
                try connection.execute(script: """
                    DO $$ BEGIN
                        EXECUTE format('ALTER ROLE %I LOGIN PASSWORD %L',
                                       current_setting('gymplan.role'), current_setting('gymplan.verifier'));
                    END $$
                    """)
                try connection.query("SELECT set_config('gymplan.verifier', '', true)")
            }
            let database = try connection.quoteIdentifier(try connection.query("SELECT current_database()").scalar(String.self))
            try connection.query("GRANT CONNECT ON DATABASE \(database) TO \(role)")
            try connection.query("GRANT USAGE ON SCHEMA public TO \(role)")
            try connection.query("GRANT SELECT ON ALL TABLES IN SCHEMA public TO \(role)")
            try connection.query("ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT ON TABLES TO \(role)")
        }
    }
}
