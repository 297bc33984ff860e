/// One what-if change to the gyms or the distance limit, written `add-halls:GYM_ID:N`, `hours:GYM_ID:H`,
/// `new-gym:NAME:LAT:LON:HALLS:HOURS:MUNICIPALITY`, `bus:SCHOOL_ID:GYM_ID` or `max-distance:M`.
public enum WhatIfChange: Sendable, Hashable, Encodable, CustomStringConvertible {
    /// N more halls (negative: fewer) at an existing gym.
    case addHalls(gymId: String, halls: Int)
    /// Hours a week per hall at an existing gym.
    case hours(gymId: String, hours: Double)
    /// A new gym at a location; its distances are estimates (straight line x detour factor).
    case newGym(name: String, latitude: Double, longitude: Double, halls: Int, hours: Double, municipalityCode: String)
    /// Another distance limit, in metres.
    case maxDistance(Int)
    /// A bus from a school to an existing gym: the pair counts as within reach, at its distance.
    case bus(schoolId: String, gymId: String)

    /// Parses the command-line form; gym ids may themselves contain `:`.
    public init(parsing text: String) throws(WhatIfParseError) {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false).map(String.init)
        let kind = parts.first ?? ""
        let rest = Array(parts.dropFirst())
        switch kind {
        case "add-halls":
            guard rest.count >= 2, let halls = Int(rest.last!), !rest.dropLast().joined(separator: ":").isEmpty else {
                throw WhatIfParseError(text: text, expected: "add-halls:GYM_ID:N")
            }
            self = .addHalls(gymId: rest.dropLast().joined(separator: ":"), halls: halls)
        case "hours":
            guard rest.count >= 2, let hours = Double(rest.last!), (0...60).contains(hours),
                  !rest.dropLast().joined(separator: ":").isEmpty else {
                throw WhatIfParseError(text: text, expected: "hours:GYM_ID:H (0 to 60)")
            }
            self = .hours(gymId: rest.dropLast().joined(separator: ":"), hours: hours)
        case "new-gym":
            // The name may itself contain `:`: the last five fields are the numbers and the municipality.
            let fields = Array(rest.suffix(5))
            let name = rest.dropLast(5).joined(separator: ":")
            guard rest.count >= 6, !name.isEmpty, let latitude = Double(fields[0]), let longitude = Double(fields[1]),
                  (50.7...53.6).contains(latitude), (3.3...7.3).contains(longitude),
                  let halls = Int(fields[2]), (1...10).contains(halls), let hours = Double(fields[3]), (0...60).contains(hours),
                  let code = Self.municipalityCode(fields[4]) else {
                throw WhatIfParseError(text: text, expected: "new-gym:NAME:LAT:LON:HALLS:HOURS:MUNICIPALITY inside the Netherlands")
            }
            self = .newGym(name: name, latitude: latitude, longitude: longitude, halls: halls, hours: hours, municipalityCode: code)
        case "bus":
            // A school id has no `:`; the gym id may.
            guard rest.count >= 2, !rest[0].isEmpty, !rest.dropFirst().joined(separator: ":").isEmpty else {
                throw WhatIfParseError(text: text, expected: "bus:SCHOOL_ID:GYM_ID")
            }
            self = .bus(schoolId: rest[0].uppercased(), gymId: rest.dropFirst().joined(separator: ":"))
        case "max-distance":
            guard rest.count == 1, let metres = Int(rest[0]), metres >= 0 else {
                throw WhatIfParseError(text: text, expected: "max-distance:M (metres, 0 or more)")
            }
            self = .maxDistance(metres)
        default:
            throw WhatIfParseError(text: text, expected: "add-halls:, hours:, new-gym:, bus: or max-distance:")
        }
    }

    /// `GM0363`, `0363` and `363` as `GM0363`.
    static func municipalityCode(_ text: String) -> String? {
        let digits = text.uppercased().hasPrefix("GM") ? String(text.dropFirst(2)) : text
        guard (1...4).contains(digits.count), digits.allSatisfy(\.isASCII), let number = Int(digits), number >= 0 else { return nil }
        let padded = String(number)
        return "GM" + String(repeating: "0", count: 4 - padded.count) + padded
    }

    /// The command-line form.
    public var description: String {
        switch self {
        case .addHalls(let gym, let halls): "add-halls:\(gym):\(halls)"
        case .hours(let gym, let hours): "hours:\(gym):\(hours)"
        case .newGym(let name, let latitude, let longitude, let halls, let hours, let code):
            "new-gym:\(name):\(latitude):\(longitude):\(halls):\(hours):\(code)"
        case .maxDistance(let metres): "max-distance:\(metres)"
        case .bus(let school, let gym): "bus:\(school):\(gym)"
        }
    }

    /// The id a new gym gets in the plan.
    static func newGymId(_ name: String) -> String { "new:" + name }

    /// Encodes the command-line form.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}

/// A `--what-if` text that is not one of the forms.
public struct WhatIfParseError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The text given.
    public var text: String
    /// The forms accepted.
    public var expected: String

    /// A message for the user.
    public var description: String { "what-if '\(text)': expected \(expected)" }
}
