import ArgumentParser

/// A first argument that names no command (`gymplan flag`, `gymplan exprot`): the argument
/// parser would say only "Unexpected argument"; this names the command meant and lists them all.
struct UnknownCommand: Error, Equatable {
    var name: String
    /// The command within two typing slips of `name`, or that it begins or ends, if one is.
    var suggestion: String?
    var commands: [String]

    /// The unknown command among `arguments` (without the program's name), nil when the first
    /// argument is an option, a command, or `help`.
    init?(arguments: [String], commands: [String]) {
        guard let first = arguments.first, !first.hasPrefix("-"), first != "help", !commands.contains(first) else { return nil }
        name = first
        self.commands = commands
        let lowered = first.lowercased()
        let near = commands.map { (command: $0, slips: Self.slips(lowered, $0)) }.filter { $0.slips <= 2 }
        let best = near.min { $0.slips < $1.slips }
        if let best, near.count(where: { $0.slips == best.slips }) == 1 {
            suggestion = best.command
        } else if lowered.count >= 3 {
            let containing = commands.filter { $0.hasPrefix(lowered) || lowered.hasPrefix($0) }
            suggestion = containing.count == 1 ? containing[0] : nil
        }
    }

    /// What the command line prints (after `gymplan: `).
    var message: String {
        var text = "unknown command '\(name)'"
        if let suggestion { text += "; did you mean '\(suggestion)'?" }
        return text + "\ncommands: " + commands.joined(separator: ", ") + " (gymplan --help tells what each does)"
    }

    /// The names of `root`'s subcommands, in the order of its help.
    static func commands(of root: any ParsableCommand.Type) -> [String] {
        root.configuration.subcommands.compactMap { $0.configuration.commandName }
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
