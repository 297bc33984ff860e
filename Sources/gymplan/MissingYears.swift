import GymPlan

/// The school years of a report's span that have no data of one kind, as one line for standard
/// error: a year without data is not an error, but the output says what is missing.
enum MissingYears {
    /// `no classes on record for 2019-2020: the years on record are 2020-2021, 2021-2022`, for the
    /// years from `from` to `to` (open ends: the first and last on record) not in `onRecord`;
    /// nil when none is missing.
    static func line(_ kind: String, from: SchoolYear?, to: SchoolYear?, onRecord: [SchoolYear]) -> String? {
        let years = Set(onRecord)
        guard let first = from ?? onRecord.min(), let last = to ?? onRecord.max() else {
            return "no \(kind) on record for any school year"
        }
        guard first <= last else { return nil }
        let missing = (first.firstYear...last.firstYear).map { SchoolYear(firstYear: $0) }.filter { !years.contains($0) }
        guard !missing.isEmpty else { return nil }
        let sorted = years.sorted()
        let onRecordText = switch sorted.count {
        case 0: "none are on record for any year"
        case 1: "the year on record is \(sorted[0])"
        default: "the years on record are " + sorted.map(\.description).joined(separator: ", ")
        }
        return "no \(kind) on record for \(spans(missing)): " + onRecordText
    }

    /// `2015-2016, 2017-2018 to 2019-2020`: the years, runs of consecutive ones as a range.
    static func spans(_ years: [SchoolYear]) -> String {
        var runs: [(SchoolYear, SchoolYear)] = []
        for year in years {
            if let last = runs.last, last.1.firstYear + 1 == year.firstYear {
                runs[runs.count - 1].1 = year
            } else {
                runs.append((year, year))
            }
        }
        return runs.map { $0.0 == $0.1 ? $0.0.description : "\($0.0) to \($0.1)" }.joined(separator: ", ")
    }
}
