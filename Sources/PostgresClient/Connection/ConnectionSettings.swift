import Foundation

/// Where and how to connect: libpq keyword/value pairs, with the password kept out of every
/// description.
public struct ConnectionSettings: Sendable, Equatable {
    /// libpq connection keywords and values, in order. A `dbname` holding a URL is expanded.
    public var parameters: [(String, String)]
    /// Says where the settings came from, for messages ("DATABASE_URL", "embedded cluster at ...").
    public var origin: String
    /// The name the server shows for the connection (`application_name`, in `pg_stat_activity`).
    public var applicationName: String?

    public init(parameters: [(String, String)], origin: String, applicationName: String? = nil) {
        self.parameters = parameters
        self.origin = origin
        self.applicationName = applicationName
    }

    /// A connection URL such as `postgresql://user:secret@host:5432/db?sslmode=disable`.
    public static func url(_ url: String, origin: String = "database URL") -> ConnectionSettings {
        ConnectionSettings(parameters: [("dbname", url)], origin: origin)
    }

    /// libpq's own defaults: the standard `PG*` environment variables.
    public static func environment() -> ConnectionSettings {
        ConnectionSettings(parameters: [], origin: "PG* environment variables")
    }

    /// A Unix-socket connection to a local server.
    public static func socket(directory: String, port: Int = 5432, user: String, database: String) -> ConnectionSettings {
        ConnectionSettings(
            parameters: [("host", directory), ("port", String(port)), ("user", user), ("dbname", database)],
            origin: "local server at \(directory)"
        )
    }

    /// The same server with another database name.
    public func with(database: String) -> ConnectionSettings {
        var copy = self
        if let index = copy.parameters.firstIndex(where: { $0.0 == "dbname" }) {
            let value = copy.parameters[index].1
            if value.contains("://") || value.contains("=") {
                // Keep the URL (host, user, options) and override the database after it.
                copy.parameters.append(("dbname", database))
            } else {
                copy.parameters[index].1 = database
            }
        } else {
            copy.parameters.append(("dbname", database))
        }
        return copy
    }

    /// Secrets that must never be printed: passwords in URLs and `password` parameters.
    var secrets: [String] {
        var found: [String] = []
        for (key, value) in parameters {
            if key == "password", !value.isEmpty { found.append(value) }
            if key == "dbname", let password = Self.password(inURL: value) { found.append(password) }
        }
        return found
    }

    /// The password of a `postgres://user:password@host` URL, or of a `password=` conninfo pair.
    static func password(inURL text: String) -> String? {
        if let scheme = text.range(of: "://") {
            let rest = text[scheme.upperBound...]
            guard let at = rest.lastIndex(of: "@") else { return nil }
            let userInfo = rest[rest.startIndex..<at]
            guard let colon = userInfo.firstIndex(of: ":") else { return nil }
            let password = String(userInfo[userInfo.index(after: colon)...])
            return password.isEmpty ? nil : password
        }
        if let range = text.range(of: "password=") {
            let value = text[range.upperBound...].prefix { $0 != " " }
            let trimmed = value.trimmingCharacters(in: "'")
            return trimmed.isEmpty ? nil : trimmed
        }
        return nil
    }

    /// Replaces every secret in a message by `****`.
    public func redact(_ message: String) -> String {
        var text = message
        for secret in secrets where !secret.isEmpty {
            text = text.replacingOccurrences(of: secret, with: "****")
            if let encoded = secret.removingPercentEncodingSafely(), encoded != secret {
                text = text.replacingOccurrences(of: encoded, with: "****")
            }
        }
        return text
    }

    public static func == (lhs: ConnectionSettings, rhs: ConnectionSettings) -> Bool {
        lhs.origin == rhs.origin && lhs.applicationName == rhs.applicationName
            && lhs.parameters.elementsEqual(rhs.parameters, by: { $0 == $1 })
    }
}

extension StringProtocol {
    func trimmingCharacters(in character: Character) -> String {
        var slice = Substring(self)
        while slice.first == character { slice.removeFirst() }
        while slice.last == character { slice.removeLast() }
        return String(slice)
    }
}

extension String {
    /// Decodes `%XX` escapes; nil when the text has none or they are malformed.
    func removingPercentEncodingSafely() -> String? {
        guard contains("%") else { return nil }
        var bytes: [UInt8] = []
        var iterator = utf8.makeIterator()
        while let byte = iterator.next() {
            if byte == UInt8(ascii: "%") {
                guard let high = iterator.next(), let low = iterator.next(),
                      let value = UInt8(String(decoding: [high, low], as: UTF8.self), radix: 16)
                else { return nil }
                bytes.append(value)
            } else {
                bytes.append(byte)
            }
        }
        return String(validating: bytes, as: UTF8.self)
    }
}
