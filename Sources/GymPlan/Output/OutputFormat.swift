/// How a command prints its findings: a table for people, JSON or CSV for machines.
public enum OutputFormat: String, Sendable, CaseIterable {
    case table
    case json
    case csv
}
