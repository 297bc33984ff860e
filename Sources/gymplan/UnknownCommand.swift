import ArgumentParser

/// An argument that names no command where one is expected (`gymplan flag`, `gymplan exprot`,
/// `gymplan db stauts`): the argument parser would say only "Unexpected argument"; this names the
/// command meant and lists them all.
struct UnknownCommand: Error, Equatable {
    var name: String
    /// The command within two typing slips of `name`, or that it begins or ends, if one is.
    var suggestion: String?
    var commands: [String]
    /// The commands `name` follows (`["db"]` for `gymplan db stauts`), empty at the top.
    var parent: [String] = []

    /// The unknown command among `arguments` (without the program's name), nil when the first
    /// argument is an option, a command, or `help`.
    init?(arguments: [String], commands: [String]) {
        guard let first = arguments.first, !first.hasPrefix("-"), first != "help", !commands.contains(first) else { return nil }
        name = first
        self.commands = commands
        suggestion = Self.nearest(first, among: commands)
    }

    /// The unknown command or subcommand among `arguments`: the first argument that should name
    /// a subcommand of `root` (or of the command before it, as `status` of `db`) and does not.
    init?(arguments: [String], root: any ParsableCommand.Type) {
        var command = root
        var parent: [String] = []
        var rest = arguments[...]
        while let first = rest.first, !command.configuration.subcommands.isEmpty {
            let names = Self.commands(of: command)
            guard let next = command.configuration.subcommands.first(where: { $0._commandName == first }) else {
                self.init(arguments: Array(rest), commands: names)
                self.parent = parent
                return
            }
            parent.append(first)
            command = next
            rest = rest.dropFirst()
        }
        return nil
    }

    /// The one of `candidates` within two typing slips of `typed` (any case), else the one it
    /// begins or ends, else nil.
    static func nearest(_ typed: String, among candidates: [String]) -> String? {
        let lowered = typed.lowercased()
        let near = candidates.map { (candidate: $0, slips: Self.slips(lowered, $0.lowercased())) }.filter { $0.slips <= 2 }
        if let best = near.min(by: { $0.slips < $1.slips }), near.count(where: { $0.slips == best.slips }) == 1 {
            return best.candidate
        }
        guard lowered.count >= 3 else { return nil }
        let containing = candidates.filter { $0.lowercased().hasPrefix(lowered) || lowered.hasPrefix($0.lowercased()) }
        return containing.count == 1 ? containing[0] : nil
    }

    /// What the command line prints (after `gymplan: `).
    var message: String {
        let command = (["gymplan"] + parent).joined(separator: " ")
        var text = "unknown command '\((parent + [name]).joined(separator: " "))'"
        if let suggestion { text += "; did you mean '\((parent + [suggestion]).joined(separator: " "))'?" }
        return text + "\ncommands: " + commands.joined(separator: ", ") + " (\(command) --help tells what each does)"
    }

    /// The names of `root`'s subcommands, in the order of its help.
    static func commands(of root: any ParsableCommand.Type) -> [String] {
        root.configuration.subcommands.map { $0._commandName }
    }

    /// Edits (insert, delete, replace, swap two neighbours) that turn `a` into `b`.
    static func slips(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        if a.isEmpty || b.isEmpty { return max(a.count, b.count) }
        var table = Array(repeating: Array(repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in 0...a.count { table[i][0] = i }
        for j in 0...b.count { table[0][j] = j }
        for i in 1...a.count {
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                table[i][j] = min(table[i - 1][j] + 1, table[i][j - 1] + 1, table[i - 1][j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    table[i][j] = min(table[i][j], table[i - 2][j - 2] + 1)
                }
            }
        }
        return table[a.count][b.count]
    }
}
