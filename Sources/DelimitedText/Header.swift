/// The column names of a file's header row, trimmed, looked up case-insensitively.
public struct Header: Sendable, Hashable {
    /// The names as written, trimmed of surrounding spaces.
    public let names: [String]
    private let indexByKey: [String: Int]

    public init(names: [String]) {
        self.names = names
        var indexByKey: [String: Int] = [:]
        for (index, name) in names.enumerated() where indexByKey[Header.key(name)] == nil {
            indexByKey[Header.key(name)] = index
        }
        self.indexByKey = indexByKey
    }

    /// The number of columns.
    public var count: Int { names.count }

    /// The position of the first column named `name`, ignoring case.
    public func index(of name: String) -> Int? {
        indexByKey[Header.key(name)]
    }

    /// Names that occur more than once, ignoring case, in order of their second occurrence.
    public var duplicateNames: [String] {
        var seen: Set<String> = []
        return names.filter { !seen.insert(Header.key($0)).inserted }
    }

    private static func key(_ name: String) -> String { name.lowercased() }
}
