import Foundation
@testable import GymPlan
import Testing

/// Result files are written all or nothing, through symbolic links, and to devices in place.
@Suite struct OutputFilesTests {
    let folder: String

    init() throws {
        folder = FileManager.default.temporaryDirectory.path + "/gp-output-\(UUID().uuidString.prefix(8))"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    }

    func read(_ name: String) throws -> String {
        try String(contentsOfFile: folder + "/" + name, encoding: .utf8)
    }

    @Test func aFailingFileLeavesTheOthersOfTheSetAsTheyWere() throws {
        try OutputFiles.write(Data("old a\n".utf8), to: folder + "/a.csv")
        let error = #expect(throws: OutputError.self) {
            try OutputFiles.write([
                (folder + "/a.csv", Data("new a\n".utf8)),
                (folder + "/missing/b.csv", Data("new b\n".utf8)),
            ])
        }
        #expect(error?.path == folder + "/missing/b.csv")
        #expect(error?.reason == "No such file or directory")
        #expect(try read("a.csv") == "old a\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["a.csv"], "a temporary file remained")
    }

    @Test func aSetIsReplacedWhole() throws {
        try OutputFiles.write([(folder + "/a", Data("1".utf8)), (folder + "/b", Data("2".utf8))])
        try OutputFiles.write([(folder + "/a", Data("3".utf8)), (folder + "/b", Data("4".utf8))])
        #expect(try read("a") == "3")
        #expect(try read("b") == "4")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder).sorted() == ["a", "b"])
    }

    @Test func aSymbolicLinkStaysAndItsFileIsReplaced() throws {
        try OutputFiles.write(Data("old".utf8), to: folder + "/real.json")
        try FileManager.default.createSymbolicLink(atPath: folder + "/link.json", withDestinationPath: folder + "/real.json")
        try OutputFiles.write(Data("new".utf8), to: folder + "/link.json")
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: folder + "/link.json") == folder + "/real.json")
        #expect(try read("real.json") == "new")
    }

    @Test func aDeviceIsWrittenInPlace() throws {
        try OutputFiles.write(Data("discarded".utf8), to: "/dev/null")
        var info = stat()
        #expect(stat("/dev/null", &info) == 0 && info.st_mode & S_IFMT == S_IFCHR, "/dev/null was replaced")
        let error = #expect(throws: OutputError.self) { try OutputFiles.write(Data("x".utf8), to: "/dev/full") }
        #expect(error?.reason == "No space left on device")
    }

    @Test func newFilesAreReadableAsTheUmaskAllows() throws {
        try OutputFiles.write(Data("x".utf8), to: folder + "/mode")
        let mask = umask(0)
        umask(mask)
        let mode = try FileManager.default.attributesOfItem(atPath: folder + "/mode")[.posixPermissions] as? Int
        #expect(mode == Int(0o666 & ~mask))
    }
}
