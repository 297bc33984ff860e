@testable import gymplan
import Testing

/// The suggestion for a misspelt command, checked against the distance computed by hand.
@Suite struct UnknownCommandTests {
    let commands = UnknownCommand.commands(of: GymPlanCommand.self)

    @Test func theCommandsAreTheRootsSubcommands() {
        #expect(commands == ["import", "flags", "trend", "capacity", "grants", "export", "delete", "roster", "invest", "db"])
    }

    @Test func slipsCountInsertionsDeletionsReplacementsAndSwaps() {
        #expect(UnknownCommand.slips("flag", "flags") == 1)
        #expect(UnknownCommand.slips("exprot", "export") == 1)
        #expect(UnknownCommand.slips("expot", "export") == 1)
        #expect(UnknownCommand.slips("grnts", "grants") == 1)
        #expect(UnknownCommand.slips("kitten", "sitting") == 3)
        #expect(UnknownCommand.slips("", "db") == 2)
        #expect(UnknownCommand.slips("db", "db") == 0)
    }

    @Test func aNearCommandIsSuggestedAndAFarOneIsNot() {
        #expect(UnknownCommand(arguments: ["flag"], commands: commands)?.suggestion == "flags")
        #expect(UnknownCommand(arguments: ["exprot", "--year", "2024-2025"], commands: commands)?.suggestion == "export")
        #expect(UnknownCommand(arguments: ["CAPACITY"], commands: commands)?.suggestion == "capacity")
        #expect(UnknownCommand(arguments: ["capacity-plan"], commands: commands)?.suggestion == "capacity")
        let far = UnknownCommand(arguments: ["frobnicate"], commands: commands)
        #expect(far != nil && far?.suggestion == nil)
        #expect(far?.message == "unknown command 'frobnicate'\ncommands: import, flags, trend, capacity, grants, export, delete, roster, invest, db"
            + " (gymplan --help tells what each does)")
    }

    @Test func commandsOptionsAndHelpAreLeftToTheParser() {
        for arguments in [["flags"], ["--help"], ["--version"], ["help", "db"], [], ["db", "status"]] {
            #expect(UnknownCommand(arguments: arguments, commands: commands) == nil, "\(arguments)")
        }
    }
}
