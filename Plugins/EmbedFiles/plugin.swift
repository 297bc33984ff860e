import Foundation
import PackagePlugin

/// Embeds files into the target as Swift source, so the built binary needs no files beside it:
/// the package's `SQL/NNNN_name.sql` migrations (`EmbeddedMigrationFiles`) and, when the target
/// has them, the report's `Export/Report/Assets/` style sheet, script and municipal outlines (`EmbeddedReportAssets`).
@main
struct EmbedFiles: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: any Target) throws -> [Command] {
        let migrations = context.package.directoryURL.appending(path: "SQL")
        var commands = [
            try command(context, enumName: "EmbeddedMigrationFiles", what: "SQL migrations", folder: migrations, suffixes: [".sql"]),
        ]
        let assets = target.directoryURL.appending(path: "Export/Report/Assets")
        if FileManager.default.fileExists(atPath: assets.path) {
            commands.append(
                try command(context, enumName: "EmbeddedReportAssets", what: "report assets", folder: assets, suffixes: [".css", ".js", ".geojson"]))
        }
        return commands
    }

    /// Embeds the files of `folder` whose names end in one of `suffixes` as the enum `enumName`.
    private func command(
        _ context: PluginContext, enumName: String, what: String, folder: URL, suffixes: [String]
    ) throws -> Command {
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
            .filter { name in suffixes.contains { name.hasSuffix($0) } }
            .sorted()
        let inputs = names.map { folder.appending(path: $0) }
        let output = context.pluginWorkDirectoryURL.appending(path: "\(enumName).swift")
        return .buildCommand(
            displayName: "Embedding \(inputs.count) \(what)",
            executable: try context.tool(named: "embed-files").url,
            arguments: [output.path, enumName] + inputs.map(\.path),
            inputFiles: inputs + [folder],
            outputFiles: [output]
        )
    }
}
