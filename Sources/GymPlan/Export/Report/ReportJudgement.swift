/// What the report judges, from the export: the same counts as the export's, except that
/// municipalities without gym data are named as such and never counted under an obstacle.
struct ReportJudgement {
    let export: MinistryExport
    /// Codes of the municipalities without any gym data on record.
    let noGymData: Set<String>
    private let bySchool: [String: [MinistryExport.School]]

    init(export: MinistryExport) {
        self.export = export
        noGymData = export.municipalitiesWithoutGymData
        bySchool = Dictionary(grouping: export.schools, by: \.municipalityCode)
    }

    /// The municipality's obstacles, none without gym data.
    func obstacles(_ municipality: MinistryExport.Municipality) -> [Obstacle] {
        noGymData.contains(municipality.code) ? [] : municipality.obstacles
    }

    /// The share of the municipality's schools with data that meet both goals; nil without such schools.
    func bothShare(_ code: String) -> Double? {
        let withData = (bySchool[code] ?? []).filter { $0.goalStatus != .noData }
        guard !withData.isEmpty else { return nil }
        return Double(withData.count { $0.goalStatus == .meetsBoth }) / Double(withData.count)
    }

    /// The ring of a school's dot.
    func ring(_ school: MinistryExport.School) -> ExportObstacleRing {
        school.obstacleRing(hasGymData: !noGymData.contains(school.municipalityCode))
    }

    var distanceMunicipalities: Int { export.municipalities.count { obstacles($0).contains(.distance) } }
    var capacityMunicipalities: Int { export.municipalities.count { obstacles($0).contains(.capacity) } }
    var distanceSchools: Int { export.schools.count { ring($0) == .distance } }

    /// One line on the municipality for its tooltip.
    func describe(_ municipality: MinistryExport.Municipality, words: any ReportWords) -> String {
        if noGymData.contains(municipality.code) { return words.noGymDataTooltip }
        let share = bothShare(municipality.code).map { words.meetBothTooltip(words.language.percent($0)) } ?? words.noClassesTooltip
        let obstacles = obstacles(municipality)
        return share + (obstacles.isEmpty ? "" : "; " + words.obstacles(obstacles))
    }
}
