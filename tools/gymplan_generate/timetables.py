"""Classes per school and year, each school's PE set-up and teacher pool, and the lesson timetables."""
import math

from gymplan_generate.common import haversine, rng_for
from gymplan_generate.hours import clock


class Timetables:
    """The generator's classes, teachers and lessons (a part of `Generator`)."""

    # -- classes -------------------------------------------------------------------------------
    @staticmethod
    def split(pupils, k):
        base, extra = divmod(pupils, k)
        return [base + (1 if i < extra else 0) for i in range(k)]

    def classes_for(self, s, year):
        first = int(year[:4])
        r = rng_for(self.seed, "classes", s["id"], year)
        total = max(15, int(s["pupils"] * (1 + s["growth"]) ** (first - 2021) * r.uniform(0.97, 1.03)))
        weights = [r.uniform(0.85, 1.15) for _ in range(8)]
        scale = total / sum(weights)
        grade = [max(0, round(w * scale)) for w in weights]
        out = []

        def add(grades, pupils, size=25.5):
            k = max(1, round(pupils / size))
            while pupils / k > 32:
                k += 1
            label = "/".join(str(g) for g in grades)
            for i, n in enumerate(self.split(pupils, k)):
                suffix = "abcdefghijklmnopqrstuvwxyz"[i] if k > 1 else ""
                out.append((label + suffix, label, min(60, n)))

        add([1, 2], grade[0] + grade[1], 24)
        upper = sum(grade[2:])
        if upper < 45:
            add([3, 4, 5], grade[2] + grade[3] + grade[4])
            add([6, 7, 8], grade[5] + grade[6] + grade[7])
        else:
            for a in (2, 4, 6):
                if grade[a] >= 22 and grade[a + 1] >= 22:
                    add([a + 1], grade[a])
                    add([a + 2], grade[a + 1])
                else:
                    add([a + 1, a + 2], grade[a] + grade[a + 1])
        return out

    # -- teachers ------------------------------------------------------------------------------
    def school_staff(self, s):
        """The school's PE set-up, constant over the years: specialist mode, teacher pool size."""
        r = rng_for(self.seed, "staff", s["id"])
        x = r.random()
        s["spec_mode"] = "all" if x < 0.19 else "half" if x < 0.33 else "none"
        s["qual_rate"] = 1.0 if r.random() < 0.35 else r.uniform(0.35, 0.95)
        s["no_teacher"] = r.random() < 0.07
        s["quality"] = r.random()   # lessons profile: lower is better
        s["outdoor"] = r.random() < 0.08

    # A specialist's week (a full-time vakleerkracht gives some 26-30 lessons of 45 minutes): the
    # staffing plans at most WEEK_PLAN lessons a week per specialist, in schools within
    # SPECIALIST_REACH_M of the specialist's main school; the timetable gives a specialist at most
    # WEEK_CAP lessons, the rest go to the school's own teachers.
    WEEK_PLAN = 30
    WEEK_CAP = 30
    SPECIALIST_REACH_M = 20000

    def specialist_load(self, s):
        """The lessons a week the school's specialist set-up asks, at most over the years: two for
        each class from grade 3 up where the specialist gives all, one where half."""
        per_class = 2 if s["spec_mode"] == "all" else 1
        return max(per_class * sum(1 for c in self.classes[(s["id"], year)] if c[1] != "1/2")
                   for year in self.years)

    def teachers(self, schools):
        """Specialists: one per 3.5 schools of a municipality that has them, handed out in turn;
        then a specialist whose week would be too full, or whose school is beyond reach, hands the
        school on to one with room within reach, else to a new specialist; a school that needs more
        than a week gets two or more, who take its classes in turn."""
        specialists = {}
        for muni in sorted({s["muni"] for s in schools}):
            group = [s for s in sorted(self.by_muni[muni], key=lambda s: s["id"]) if s["spec_mode"] != "none"]
            count = math.ceil(len(group) / 3.5)
            ids = [f"{muni}-S{n:02d}" for n in range(count)]
            load = dict.fromkeys(ids, 0)
            main = {}
            later = []
            for i, s in enumerate(group):
                tid = ids[i % count]
                need = self.specialist_load(s)
                home = main.get(tid, s)
                if need <= self.WEEK_PLAN - load[tid] and self.reachable(home, s):
                    main[tid] = home
                    load[tid] += need
                    s["specialists"] = [tid]
                else:
                    later.append(s)
            for s in later:
                need = self.specialist_load(s)
                if need > self.WEEK_PLAN:
                    k = math.ceil(need / self.WEEK_PLAN)
                    s["specialists"] = [f"{muni}-S{n:02d}" for n in range(len(ids), len(ids) + k)]
                    for tid in s["specialists"]:
                        ids.append(tid)
                        main[tid] = s
                        load[tid] = math.ceil(need / k)
                    continue
                tid = next((t for t in ids if t in main and need <= self.WEEK_PLAN - load[t]
                            and self.reachable(main[t], s)), None)
                if tid is None:
                    tid = f"{muni}-S{len(ids):02d}"
                    ids.append(tid)
                    main[tid] = s
                    load[tid] = 0
                load[tid] += need
                s["specialists"] = [tid]
            assert len(ids) <= 100, f"{muni}: {len(ids)} specialists"
            for tid in ids:
                if tid in main:
                    specialists[tid] = main[tid]
        self.specialist_main = specialists
        self.teacher_rows = {}

        for s in schools:
            need = 0
            s["pool_size"] = {}
            for year in self.years:
                n = sum(1 for c in self.classes[(s["id"], year)] if c[1] != "1/2") if s["spec_mode"] != "all" else 0
                kids = sum(1 for c in self.classes[(s["id"], year)] if c[1] == "1/2")
                s["pool_size"][year] = min(50, max(1, math.ceil(n * 0.66) + math.ceil(kids * 0.1)))
                need = max(need, s["pool_size"][year])
            s["pool"] = [f"{s['id']}-{n:02d}" for n in range(need)]

    def reachable(self, home, s):
        return s is home or haversine(home["lat"], home["lon"], s["lat"], s["lon"]) <= self.SPECIALIST_REACH_M

    # -- lessons -------------------------------------------------------------------------------
    PATTERNS_GOOD = [((45, 45), 0.85), ((30, 30, 30), 0.03), ((45, 45, 45), 0.07), ((60, 60), 0.05)]
    PATTERNS_SHORT = [((45,), 0.35), ((30, 30), 0.20), ((60,), 0.25), ((45, 30), 0.20)]

    @staticmethod
    def pick(r, table):
        x = r.random()
        for value, p in table:
            x -= p
            if x < 0:
                return value
        return table[-1][0]

    # A lesson put at its habitual time without looking: the few conflicts `gymplan roster --check`
    # finds in a timetable that is otherwise fitted to the rules. And the share of lessons that fit
    # in no gym within reach that go outdoors instead of into an overbooked hall.
    CARELESS = 0.006
    OUTDOORS = 0.85

    def lessons(self, schools):
        """Each class's lessons: how many, how long, at which gym and by whom as drawn from the
        school's own stream; then fitted one by one (from a stream of their own, so that the lessons
        themselves do not depend on the fitting) into the gym's and the school's windows, free halls
        and free teachers (with the ride between gyms), on different weekdays, the class's habitual
        days first. A lesson that does not fit at its gym goes to another gym within reach, else
        mostly outdoors; a careless lesson, or one that fits nowhere, keeps a habitual day and start,
        and the check finds it."""
        starts = [f"{h:02d}:{m:02d}" for h, m in [(8, 30), (9, 15), (10, 0), (10, 45), (11, 30), (13, 0), (13, 45), (14, 30)]]
        self.travel = {(row[0], row[1]): float(row[3]) for row in self.rows["distances"]}
        self.travel_cache = {}
        for year in self.years:
            first = int(year[:4])
            good_share = 0.80 + 0.02 * (first - 2021)
            self.start_bookings()
            week = {}  # specialist -> lessons given this school year
            for s in schools:
                r = rng_for(self.seed, "lessons", s["id"], year)
                fit = rng_for(self.seed, "lesson-times", s["id"], year)
                good = s["quality"] < good_share
                gyms = self.near_gyms[s["id"]]
                home = gyms[0]
                second = gyms[1] if len(gyms) > 1 and gyms[1][0] <= 1200 else home
                far = home[0] > 1000
                within = [g for d, g in gyms if d <= 1000]
                pool = s["pool"]
                for index, (class_id, grades, pupils) in enumerate(self.classes[(s["id"], year)]):
                    if grades == "1/2":
                        if r.random() >= 0.3:
                            continue
                        pattern = (45,) if r.random() < 0.5 else (45, 45)
                    elif good:
                        pattern = self.pick(r, self.PATTERNS_GOOD)
                    else:
                        pattern = self.pick(r, self.PATTERNS_SHORT) if r.random() < 0.6 else (45, 45)
                    days = sorted(r.sample(range(1, 6), len(pattern)))
                    order = days + fit.sample([d for d in range(1, 6) if d not in days], 5 - len(days))
                    group_teacher = pool[index % s["pool_size"][year]]
                    placed = []
                    for k, (habitual_day, minutes) in enumerate(zip(days, pattern)):
                        gym = (home if r.random() < 0.8 else second)[1]
                        if (far and r.random() < 0.5) or (s["outdoor"] and r.random() < 0.3) or r.random() < 0.015:
                            gym = ""
                        teacher = group_teacher
                        if grades != "1/2" and (s["spec_mode"] == "all" or (s["spec_mode"] == "half" and k == 0)):
                            specialist = s["specialists"][index % len(s["specialists"])]
                            if week.get(specialist, 0) < self.WEEK_CAP:
                                teacher = specialist
                        if s["no_teacher"] and r.random() < 0.3:
                            teacher = ""
                        if teacher in s.get("specialists", ()):
                            week[teacher] = week.get(teacher, 0) + 1
                        if teacher:
                            self.used_teachers[teacher] = self.used_teachers.get(teacher, s["id"])
                        habitual = r.choice(starts)
                        if gym and gym not in within and fit.random() < 0.8:
                            gym = ""  # a gym beyond reach: most of its lessons are given outdoors
                        taken = {p[0] for p in placed}
                        free = [d for d in order if d not in taken]
                        choice = None
                        if fit.random() >= self.CARELESS:
                            tries = [gym] + [g for g in within if g != gym] if gym else [""]
                            if gym and fit.random() < self.OUTDOORS:
                                tries.append("")
                            choice = self.first_fit(fit, s["id"], free, minutes, tries, teacher)
                            if choice is None and teacher in week:
                                # the specialist's week has no room for it: the school's own teacher
                                week[teacher] -= 1
                                teacher = group_teacher
                                choice = self.first_fit(fit, s["id"], free, minutes, tries, teacher)
                        day, start, gym = choice or (
                            habitual_day if habitual_day in free else free[0], minutes_of(habitual), gym)
                        self.book(day, start, minutes, gym, teacher)
                        placed.append((day, start, minutes, gym, teacher))
                    for day, start, minutes, gym, teacher in sorted(placed):
                        self.rows["lessons"].append([year, s["id"], class_id, day, clock(start), minutes, gym, teacher])

    def first_fit(self, fit, school_id, free, minutes, tries, teacher):
        """The first (day, start, place) at which the lesson breaks no rule, trying the places in
        order, the free days in order and each day's candidate starts; None if there is none."""
        return next(((day, start, place) for place in tries for day in free
                     for start in self.candidate_starts(fit, school_id, day, minutes, place)
                     if self.fits(school_id, day, start, minutes, place, teacher)), None)


def minutes_of(text):
    return int(text[:2]) * 60 + int(text[3:])
