"""Classes per school and year, each school's PE set-up and teacher pool, and the lesson timetables."""
import collections
import math

from gymplan_generate.common import rng_for
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

    def teachers(self, schools):
        specialists = collections.defaultdict(list)
        for muni in sorted({s["muni"] for s in schools}):
            group = [s for s in sorted(self.by_muni[muni], key=lambda s: s["id"]) if s["spec_mode"] != "none"]
            r = rng_for(self.seed, "specialists", muni)
            count = math.ceil(len(group) / 3.5)
            ids = [f"{muni}-S{n:02d}" for n in range(count)]
            for i, s in enumerate(group):
                s["specialist"] = ids[i % count] if count else None
                if i < count:
                    specialists[ids[i]] = s
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
                            teacher = s["specialist"]
                        if s["no_teacher"] and r.random() < 0.3:
                            teacher = ""
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
                            choice = next(((day, start, place) for place in tries for day in free
                                           for start in self.candidate_starts(fit, s["id"], day, minutes, place)
                                           if self.fits(s["id"], day, start, minutes, place, teacher)), None)
                        day, start, gym = choice or (
                            habitual_day if habitual_day in free else free[0], minutes_of(habitual), gym)
                        self.book(day, start, minutes, gym, teacher)
                        placed.append((day, start, minutes, gym, teacher))
                    for day, start, minutes, gym, teacher in sorted(placed):
                        self.rows["lessons"].append([year, s["id"], class_id, day, clock(start), minutes, gym, teacher])


def minutes_of(text):
    return int(text[:2]) * 60 + int(text[3:])
