import Foundation
import PostgresClient
import TestSupport

/// Fresh migrated databases (from TestSupport's throwaway cluster) and the import fixtures.
enum ImportTestDatabase {
    /// A fresh, migrated database of its own, connected.
    static func fresh() throws -> Connection {
        try TestCluster.shared().makeDatabase(label: "import").connect()
    }

    /// A fresh, migrated database, for tests that also run the `gymplan` binary on it.
    static func freshDatabase() throws -> TestDatabase {
        try TestCluster.shared().makeDatabase(label: "import")
    }

    /// A file or folder of the import fixtures.
    static func fixture(_ relative: String) -> String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().path + "/Fixtures/import/" + relative
    }
}
