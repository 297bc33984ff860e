import TestSupport
import Testing

extension TestDatabase {
    /// A database of its own with `data/sample` imported through the command line.
    static func sample(_ label: String) throws -> TestDatabase {
        let database = try TestCluster.shared().makeDatabase(label: label)
        let imported = try GymPlanCLI.run(["import", Repository.sampleData], database: database)
        try #require(imported.status == 0, "\(imported.standardError)")
        return database
    }
}
