import Foundation
import PostgresClient
import Testing

/// The names of a program's embedded cluster come from its configuration, none from the client.
@Suite struct EmbeddedClusterConfigurationTests {
    let configuration = EmbeddedCluster.Configuration(
        superuser: "app", folderName: "app", homeVariable: "APP_HOME", serverVariable: "APP_URL")

    @Test func theHomeVariableWinsThenTheDataFolder() {
        #expect(configuration.defaultHome(environment: ["APP_HOME": "/h", "XDG_DATA_HOME": "/d"]) == "/h")
        let root = geteuid() == 0
        #expect(configuration.defaultHome(environment: ["APP_HOME": "", "XDG_DATA_HOME": "/d"]) == (root ? "/var/lib/app" : "/d/app"))
        #expect(configuration.defaultHome(environment: ["HOME": "/u"]) == (root ? "/var/lib/app" : "/u/.local/share/app"))
    }

    @Test func adviceNamesTheConfiguredVariablesOrNone() {
        let error = EmbeddedClusterError.folderNotUsable(path: "/x", reason: "it is not writable")
        #expect(error.description(for: configuration)
            == "cannot use the folder /x for the embedded database: it is not writable (set APP_HOME to another folder, or APP_URL to another server)")
        #expect(error.description == "cannot use the folder /x for the embedded database: it is not writable (use another folder)")
    }

    @Test func theClusterLogsInAsTheConfiguredRole() {
        let cluster = EmbeddedCluster(home: "/x", binaries: PostgresBinaries(directory: "/bin"), configuration: configuration)
        #expect(cluster.settings(database: "d").parameters.contains { $0 == ("user", "app") })
    }
}
