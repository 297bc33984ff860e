import Foundation

/// Section 6's check document: every conflict of the imported timetable, with a count for each of
/// the seven kinds, limited to one municipality's schools when asked.
public struct RosterCheckDocument: Sendable, Encodable {
    public struct Conflict: Sendable, Codable, Hashable {
        public var kind: String
        public var schoolId: String
        public var classId: String
        public var weekday: Int
        public var start: String
        public var gymId: String?
        public var detail: String

        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(kind, forKey: .kind)
            try container.encode(schoolId, forKey: .schoolId)
            try container.encode(classId, forKey: .classId)
            try container.encode(weekday, forKey: .weekday)
            try container.encode(start, forKey: .start)
            try container.encode(gymId, forKey: .gymId)  // null for a lesson outside a gym
            try container.encode(detail, forKey: .detail)
        }
    }

    public var schemaVersion = "1"
    public var schoolYear: String
    public var generatedAt: String
    public var municipality: String?
    public var parameters: RosterDocumentParameters
    /// Conflicts by kind, all seven kinds present.
    public var summary: [String: Int]
    public var conflicts: [Conflict]

    public init(input: RosterInput, result: TimetableCheckResult, municipality: String? = nil, generatedAt: Date = Date()) {
        schoolYear = input.year.description
        self.generatedAt = MinistryExport.timestamp(generatedAt)
        self.municipality = municipality
        parameters = RosterDocumentParameters(input)
        let kept = result.conflicts.filter { conflict in
            municipality.map { input.schoolMunicipalities[input.timetable[conflict.lesson].school] == $0 } ?? true
        }
        conflicts = kept.map {
            Conflict(
                kind: $0.kind.rawValue, schoolId: $0.schoolId, classId: $0.classId, weekday: $0.weekday,
                start: ClockTime.text($0.start), gymId: $0.gymId, detail: $0.detail)
        }
        var counts = Dictionary(uniqueKeysWithValues: ConflictKind.allCases.map { ($0.rawValue, 0) })
        for conflict in kept { counts[conflict.kind.rawValue]! += 1 }
        summary = counts
    }

    /// The document as JSON: keys sorted, two-space indented, ending in a newline.
    public func jsonData() throws -> Data {
        var data = try JSONOutput.encoder(snakeCaseKeys: true).encode(self)
        data.append(UInt8(ascii: "\n"))
        return data
    }
}
