/// A reference from staged rows to rows that must exist in the database or in the same import.
struct Reference: Sendable {
    let from: TargetTable
    let columns: [String]
    let to: TargetTable
    let toColumns: [String]
    /// The column named in the problem.
    let reportColumn: String
    /// Whether the message may repeat the value (never for pseudonymous teacher ids).
    var showsValue = true

    static let all: [Reference] = [
        Reference(from: .school, columns: ["municipality_code"], to: .municipality, toColumns: ["code"], reportColumn: "municipality_code"),
        Reference(from: .gym, columns: ["municipality_code"], to: .municipality, toColumns: ["code"], reportColumn: "municipality_code"),
        Reference(from: .gymHours, columns: ["gym_id"], to: .gym, toColumns: ["gym_id"], reportColumn: "gym_id"),
        Reference(from: .schoolHours, columns: ["school_id"], to: .school, toColumns: ["school_id"], reportColumn: "school_id"),
        Reference(from: .gymSite, columns: ["municipality_code"], to: .municipality, toColumns: ["code"], reportColumn: "municipality_code"),
        Reference(from: .distance, columns: ["school_id"], to: .school, toColumns: ["school_id"], reportColumn: "school_id"),
        Reference(from: .distance, columns: ["gym_id"], to: .gym, toColumns: ["gym_id"], reportColumn: "gym_id"),
        Reference(from: .schoolClass, columns: ["school_id"], to: .school, toColumns: ["school_id"], reportColumn: "school_id"),
        Reference(from: .teacher, columns: ["school_id"], to: .school, toColumns: ["school_id"], reportColumn: "school_id"),
        Reference(from: .lesson, columns: ["school_year", "school_id", "class_id"], to: .schoolClass,
                  toColumns: ["school_year", "school_id", "class_id"], reportColumn: "class_id"),
        Reference(from: .lesson, columns: ["gym_id"], to: .gym, toColumns: ["gym_id"], reportColumn: "gym_id"),
        Reference(from: .lesson, columns: ["teacher_id"], to: .teacher, toColumns: ["teacher_id"], reportColumn: "teacher_id", showsValue: false),
        Reference(from: .grant, columns: ["teacher_id"], to: .teacher, toColumns: ["teacher_id"], reportColumn: "teacher_id", showsValue: false),
    ]
}
