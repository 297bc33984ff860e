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

    @Test func aSubcommandOfDbIsLookedUpAmongDbsOwn() {
        let typo = UnknownCommand(arguments: ["db", "stauts"], root: GymPlanCommand.self)
        #expect(typo?.suggestion == "status" && typo?.parent == ["db"])
        #expect(typo?.commands == ["start", "stop", "status", "migrate", "reset", "create-readonly-role"])
        #expect(UnknownCommand(arguments: ["db", "create-readonly"], root: GymPlanCommand.self)?.suggestion == "create-readonly-role")
        #expect(UnknownCommand(arguments: ["flag"], root: GymPlanCommand.self)?.suggestion == "flags")
        for arguments in [["db"], ["db", "status"], ["db", "--help"], ["help", "db"], ["flags", "extra"], ["db", "reset", "--yes"], []] {
            #expect(UnknownCommand(arguments: arguments, root: GymPlanCommand.self) == nil, "\(arguments)")
        }
    }

    @Test func aUsageMessageSaysWhyInOneLine() {
        #expect(UsageMessage(parserMessage: "The value 'lesons' is invalid for '<kind>'. Please provide one of the following:\n  - classes\n  - lessons\n  - grants").text
            == "kind: 'lesons' is not one of classes, lessons, grants; did you mean 'lessons'?")
        #expect(UsageMessage(parserMessage: "The value 'x' is invalid for '--goal <goal>'. Please provide one of 'lessons' and 'qualified'.").text
            == "--goal: 'x' is not one of lessons, qualified")
        #expect(UsageMessage(parserMessage: "The value '2021/22' is invalid for '--school-year <school-year>'").text
            == "--school-year: '2021/22' is not a school year: write YYYY-YYYY, two consecutive years, e.g. 2021-2022")
        #expect(UsageMessage(parserMessage: "Missing expected argument '--school-year <school-year>'").text
            == "Missing expected argument '--school-year <school-year>'")
        #expect(UsageMessage(parserMessage: "first\n  second\n").text == "first; second")
    }
}
