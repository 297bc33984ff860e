import Foundation
import Testing
@testable import GymPlan

/// The national-size roster, timed (run with GYMPLAN_ROSTER_BENCH=1, in a release build for real
/// figures; GYMPLAN_ROSTER_BENCH_SCHOOLS sets the size, 6000 by default).
@Suite(.serialized) struct RosterNationalBenchmarkTests {
    static let enabled = ProcessInfo.processInfo.environment["GYMPLAN_ROSTER_BENCH"] == "1"
    static let schools = Int(ProcessInfo.processInfo.environment["GYMPLAN_ROSTER_BENCH_SCHOOLS"] ?? "") ?? 6000

    @Test(.enabled(if: enabled), arguments: [0, 35])
    func nationalRoster(specialistShare: Int) throws {
        var random = RosterRandomInstances(seed: 2026)
        let problem = RosterSyntheticProblem.make(schools: Self.schools, specialistShare: specialistShare, using: &random)
        let context = RosterContext(problem)
        let components = RosterFlowSolver.components(context)
        let reachable = problem.pairs.filter { $0.distanceM <= 1000 }.count
        let specialistClasses = problem.classes.filter { $0.specialist != nil }.count
        print(
            "national: \(problem.schools.count) schools, \(problem.classes.count) classes (\(specialistClasses) with a specialist), "
                + "\(problem.gyms.count) gyms, \(problem.pairs.count) pairs (\(reachable) within 1000 m), "
                + "\(components.count) components, largest \(components.map(\.schools.count).max() ?? 0) schools")
        let clock = ContinuousClock()
        let start = clock.now
        let roster = try RosterSolver.solve(problem)
        let elapsed = clock.now - start
        let summary = roster.summary
        print(
            "national roster, specialists \(specialistShare)%: \(elapsed) in all (flow \(roster.flowSeconds) s, "
                + "specialists \(roster.specialistSeconds) s, total \(roster.totalSeconds) s); \(summary.lessonsScheduled) of \(summary.lessonsRequired) lessons, "
                + "upper bound \(summary.lessonsUpperBound) (\(String(format: "%.2f", 100 * Double(summary.lessonsScheduled) / Double(max(1, summary.lessonsUpperBound))))%), "
                + "\(summary.walkingMetres) m walked")
        if Self.schools <= 1500 { #expect(RosterOracles.violations(roster, problem: problem) == []) }
        // The check of the roster as a timetable, each class's lessons by a teacher of its school
        // (its specialist where it has one), plus every tenth lesson moved by 20 minutes.
        let timetable = roster.lessons.enumerated().map { index, lesson in
            let schoolClass = problem.classes[lesson.classIndex]
            return TimetableLesson(
                school: schoolClass.school, classId: lesson.classId, weekday: lesson.weekday,
                start: lesson.start + (index % 10 == 0 ? 20 : 0), minutes: lesson.end - lesson.start, gym: lesson.gym,
                teacher: schoolClass.specialist ?? TeacherKey("school-\(schoolClass.school)-\(index % 3)"))
        }
        let checkStart = clock.now
        let check = TimetableCheck.check(timetable, problem: problem)
        print(
            "national check of \(timetable.count) lessons: \(clock.now - checkStart); "
                + ConflictKind.allCases.map { "\($0.rawValue) \(check.counts[$0]!)" }.joined(separator: ", "))
    }
}

extension RosterRandomInstances: RandomNumberGenerator {}
