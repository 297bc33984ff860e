import GymPlan

/// A roster problem as a FET timetable (`.fet`, FET 6), as far as FET can express it:
/// - days 1..5; hours: every distinct slot start of any gym (FET has one grid of hours for all rooms);
/// - a room per hall ("GYM hall N") in a building per gym; a room is not available in the hours its
///   gym has no slot, nor in its last slots beyond the hall's weekly lessons (FET has no weekly limit
///   on a room: R2's weekly hours become hours taken away from the end of the week);
/// - per in-scope class with a gym within reach, one activity split into `min_lessons` lessons on
///   different days (R3), in the halls of its gyms within reach (R1), taught by its specialist if it has
///   one (R5: no overlaps; between two gyms at least ceil(travel / lesson) free hours, FET's
///   "min gaps between building changes", one figure per teacher: the longest of their gym pairs);
/// - walking (R4): FET cannot tie an activity's time to its room, so a class is "not available" in the
///   hours in which none of its gyms can be walked to; a lesson FET puts in a slot that is walkable
///   from another gym only counts as a conflict in ``FETScore``.
/// Classes without a gym within reach are left out: FET would fail at once on them.
struct FETFile {
    let problem: RosterProblem
    let reach: RosterReach

    /// The hours of the grid (minutes after midnight), sorted.
    var hours: [Int] { Array(Set(reach.slots.map(\.start))).sorted() }

    /// The classes FET is given, in the order of their activities.
    var classes: [Int] {
        reach.classesOfSchool.enumerated().flatMap { school, classes in
            reach.options[school].contains { !$0.slots.isEmpty } ? classes : []
        }
    }

    static func studentsName(_ problem: RosterProblem, _ classIndex: Int) -> String {
        let schoolClass = problem.classes[classIndex]
        return problem.schools[schoolClass.school].id + "/" + schoolClass.id
    }

    static func roomName(_ gymId: String, hall: Int) -> String { "\(gymId) hall \(hall)" }

    func xml() -> String {
        let hours = self.hours
        let minLessons = problem.parameters.minLessons
        let lessonMinutes = problem.parameters.lessonMinutes
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<fet version=\"6.8.5\">\n"
        out += "<Institution_Name>gymplan roster</Institution_Name>\n<Comments></Comments>\n"
        out += "<Days_List><Number_of_Days>5</Number_of_Days>"
            + (1...5).map { "<Day><Name>\($0)</Name></Day>" }.joined() + "</Days_List>\n"
        out += "<Hours_List><Number_of_Hours>\(hours.count)</Number_of_Hours>"
            + hours.map { "<Hour><Name>\(Self.clock($0))</Name></Hour>" }.joined() + "</Hours_List>\n"
        out += "<Subjects_List><Subject><Name>PE</Name><Comments></Comments></Subject></Subjects_List>\n"
        out += "<Activity_Tags_List></Activity_Tags_List>\n"

        let classes = self.classes
        var teacherOfClass: [Int: String] = [:]
        var teacherNumbers: [TeacherKey: Int] = [:]
        for classIndex in classes {
            guard let key = problem.classes[classIndex].specialist else { continue }
            if teacherNumbers[key] == nil { teacherNumbers[key] = teacherNumbers.count + 1 }
            teacherOfClass[classIndex] = "specialist \(teacherNumbers[key]!)"
        }
        let teachers = Set(teacherOfClass.values).sorted()
        out += "<Teachers_List>" + teachers.map {
            "<Teacher><Name>\($0)</Name><Target_Number_of_Hours>0</Target_Number_of_Hours><Qualified_Subjects></Qualified_Subjects><Comments></Comments></Teacher>"
        }.joined(separator: "\n") + "</Teachers_List>\n"
        out += "<Students_List>\n" + classes.map {
            "<Year><Name>\(Self.escape(Self.studentsName(problem, $0)))</Name><Number_of_Students>0</Number_of_Students><Comments></Comments></Year>"
        }.joined(separator: "\n") + "\n</Students_List>\n"

        var activities = "", minDays = "", preferredRooms = "", notAvailable = ""
        var id = 1
        for classIndex in classes {
            let school = problem.classes[classIndex].school
            let options = reach.options[school].filter { !$0.slots.isEmpty }
            let first = id
            let teacher = teacherOfClass[classIndex].map { "<Teacher>\($0)</Teacher>" } ?? ""
            let rooms = options.flatMap { option in
                (1...max(1, problem.gyms[option.gym].halls)).map { Self.roomName(problem.gyms[option.gym].id, hall: $0) }
            }
            for _ in 0..<minLessons {
                activities += "<Activity>\(teacher)<Subject>PE</Subject><Students>\(Self.escape(Self.studentsName(problem, classIndex)))</Students>"
                    + "<Duration>1</Duration><Total_Duration>\(minLessons)</Total_Duration><Id>\(id)</Id>"
                    + "<Activity_Group_Id>\(minLessons > 1 ? first : 0)</Activity_Group_Id><Active>true</Active><Comments></Comments></Activity>\n"
                preferredRooms += "<ConstraintActivityPreferredRooms><Weight_Percentage>100</Weight_Percentage><Activity_Id>\(id)</Activity_Id>"
                    + "<Number_of_Preferred_Rooms>\(rooms.count)</Number_of_Preferred_Rooms>"
                    + rooms.map { "<Preferred_Room>\(Self.escape($0))</Preferred_Room>" }.joined()
                    + "<Active>true</Active><Comments></Comments></ConstraintActivityPreferredRooms>\n"
                id += 1
            }
            if minLessons > 1 {
                minDays += "<ConstraintMinDaysBetweenActivities><Weight_Percentage>100</Weight_Percentage><Consecutive_If_Same_Day>false</Consecutive_If_Same_Day>"
                    + "<Number_of_Activities>\(minLessons)</Number_of_Activities>"
                    + (first..<id).map { "<Activity_Id>\($0)</Activity_Id>" }.joined()
                    + "<MinDays>1</MinDays><Active>true</Active><Comments></Comments></ConstraintMinDaysBetweenActivities>\n"
            }
            // Walking: the hours in which no gym of the class can be walked to.
            let walkable = Set(options.flatMap { $0.slots.map { reach.slots[$0] } }.map { $0.weekday * 10_000 + $0.start })
            let closed = (1...5).flatMap { day in hours.filter { !walkable.contains(day * 10_000 + $0) }.map { (day, $0) } }
            if !closed.isEmpty {
                notAvailable += "<ConstraintStudentsSetNotAvailableTimes><Weight_Percentage>100</Weight_Percentage>"
                    + "<Students>\(Self.escape(Self.studentsName(problem, classIndex)))</Students>"
                    + "<Number_of_Not_Available_Times>\(closed.count)</Number_of_Not_Available_Times>"
                    + closed.map { "<Not_Available_Time><Day>\($0.0)</Day><Hour>\(Self.clock($0.1))</Hour></Not_Available_Time>" }.joined()
                    + "<Active>true</Active><Comments></Comments></ConstraintStudentsSetNotAvailableTimes>\n"
            }
        }
        out += "<Activities_List>\n\(activities)</Activities_List>\n"

        // The gyms within reach of a class FET is given, as buildings and rooms.
        let gyms = Set(classes.flatMap { reach.options[problem.classes[$0].school].filter { !$0.slots.isEmpty }.map(\.gym) }).sorted()
        out += "<Buildings_List>" + gyms.map { "<Building><Name>\(Self.escape(problem.gyms[$0].id))</Name><Comments></Comments></Building>" }
            .joined(separator: "\n") + "</Buildings_List>\n"
        var rooms = "", roomsClosed = ""
        let slotsOfGym = Dictionary(grouping: reach.slots.indices, by: { reach.slots[$0].gym })
        for gym in gyms {
            let halls = max(1, problem.gyms[gym].halls)
            let own = (slotsOfGym[gym] ?? []).map { reach.slots[$0] }
            let open = own.map { $0.weekday * 10_000 + $0.start }
            let perHall = problem.gyms[gym].weeklyLessonsPerHall(lessonMinutes: lessonMinutes)
            for hall in 1...halls {
                let name = Self.escape(Self.roomName(problem.gyms[gym].id, hall: hall))
                rooms += "<Room><Name>\(name)</Name><Building>\(Self.escape(problem.gyms[gym].id))</Building><Capacity>30000</Capacity>"
                    + "<Virtual>false</Virtual><Comments></Comments></Room>\n"
                let beyondWeek = Set(open.sorted().dropFirst(perHall))
                let closed = (1...5).flatMap { day in
                    hours.filter { !open.contains(day * 10_000 + $0) || beyondWeek.contains(day * 10_000 + $0) }.map { (day, $0) }
                }
                guard !closed.isEmpty else { continue }
                roomsClosed += "<ConstraintRoomNotAvailableTimes><Weight_Percentage>100</Weight_Percentage><Room>\(name)</Room>"
                    + "<Number_of_Not_Available_Times>\(closed.count)</Number_of_Not_Available_Times>"
                    + closed.map { "<Not_Available_Time><Day>\($0.0)</Day><Hour>\(Self.clock($0.1))</Hour></Not_Available_Time>" }.joined()
                    + "<Active>true</Active><Comments></Comments></ConstraintRoomNotAvailableTimes>\n"
            }
        }
        out += "<Rooms_List>\n\(rooms)</Rooms_List>\n"
        out += "<Time_Constraints_List>\n<ConstraintBasicCompulsoryTime><Weight_Percentage>100</Weight_Percentage><Active>true</Active><Comments></Comments></ConstraintBasicCompulsoryTime>\n"
        out += minDays + notAvailable + "</Time_Constraints_List>\n"
        out += "<Space_Constraints_List>\n<ConstraintBasicCompulsorySpace><Weight_Percentage>100</Weight_Percentage><Active>true</Active><Comments></Comments></ConstraintBasicCompulsorySpace>\n"
        out += preferredRooms + roomsClosed + travelGaps(teacherOfClass, lessonMinutes: lessonMinutes, hoursPerDay: hours.count)
        out += "</Space_Constraints_List>\n</fet>\n"
        return out
    }

    /// R5's travel between gyms: per teacher, ceil(longest travel between two of their gyms / lesson)
    /// free hours between lessons in different buildings (unknown travel: a whole day).
    private func travelGaps(_ teacherOfClass: [Int: String], lessonMinutes: Int, hoursPerDay: Int) -> String {
        var gymsOfTeacher: [String: Set<Int>] = [:]
        for (classIndex, teacher) in teacherOfClass {
            let school = problem.classes[classIndex].school
            gymsOfTeacher[teacher, default: []].formUnion(reach.options[school].filter { !$0.slots.isEmpty }.map(\.gym))
        }
        return gymsOfTeacher.keys.sorted().compactMap { teacher -> String? in
            let gyms = gymsOfTeacher[teacher]!.sorted()
            guard gyms.count > 1 else { return nil }
            var longest = 0
            for (position, first) in gyms.enumerated() {
                for second in gyms[(position + 1)...] {
                    longest = max(longest, problem.teacherTravel.minutes(from: first, to: second) ?? hoursPerDay * lessonMinutes)
                }
            }
            let gaps = min(hoursPerDay, max(1, (longest + lessonMinutes - 1) / lessonMinutes))
            return "<ConstraintTeacherMinGapsBetweenBuildingChanges><Weight_Percentage>100</Weight_Percentage><Teacher>\(teacher)</Teacher>"
                + "<Min_Gaps_Between_Building_Changes>\(gaps)</Min_Gaps_Between_Building_Changes><Active>true</Active><Comments></Comments>"
                + "</ConstraintTeacherMinGapsBetweenBuildingChanges>\n"
        }.joined()
    }

    static func clock(_ minutes: Int) -> String {
        let hours = minutes / 60, rest = minutes % 60
        return (hours < 10 ? "0" : "") + "\(hours):" + (rest < 10 ? "0" : "") + "\(rest)"
    }

    static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
    }
}
