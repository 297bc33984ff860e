/// A teacher's PE qualification (contract section 2, `teachers.csv`); the raw values are the file's.
public enum Qualification: String, CaseIterable, Sendable, Codable, Comparable {
    /// a) the old broad qualification: teacher training finished before 2005.
    case broadPre2005 = "broad_pre2005"
    /// b) the new broad qualification: finished the leergang bewegingsonderwijs.
    case broadCourse = "broad_course"
    /// c) the temporary broad qualification: following the leergang.
    case courseEnrolled = "course_enrolled"
    /// d) a specialist PE teacher (vakleerkracht).
    case specialist
    /// No PE qualification for groups 3 to 8 (the file's `none`).
    case unqualified = "none"

    /// The letters the contract accepts for the first four qualifications.
    public static let letters: [Character: Qualification] = [
        "a": .broadPre2005, "b": .broadCourse, "c": .courseEnrolled, "d": .specialist,
    ]

    /// Reads a file's value: a name or a letter, in any case; nil when it is neither.
    public init?(fileValue text: String) {
        let lower = text.lowercased()
        if let named = Qualification(rawValue: lower) {
            self = named
        } else if lower.count == 1, let letter = lower.first, let lettered = Qualification.letters[letter] {
            self = lettered
        } else {
            return nil
        }
    }

    public static func < (lhs: Qualification, rhs: Qualification) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
