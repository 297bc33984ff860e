#!/usr/bin/env python3
"""Realistic synthetic data set in the eight files of the data contract (section 2).

Real: municipalities (CBS 2021 list, with provinces) and schools (DUO school-location file of
1 October 2021: VESTIGINGSNUMMER, name, municipality, board, postcode; coordinates from the PC4
table plus a small deterministic jitter). Synthetic: gyms, distances, classes, lessons, teachers
(pseudonymous ids only, never names) and grants.

usage:
  python3 scripts/generate.py --seed N --scale national OUTDIR
  python3 scripts/generate.py --seed N --scale municipalities:GM0363,GM0599 OUTDIR
  python3 scripts/generate.py --seed N --scale small OUTDIR   (the municipalities and profiles of data/sample)
options:
  --school-year YYYY-YYYY   repeatable (default 2021-2022); every year gets classes and lessons
  --profile GM0603=tight,GM1950=thin
                            force a municipality's accommodation profile (normal, tight = too few
                            gym hours -> capacity obstacle, thin = villages without a gym nearby ->
                            distance obstacle); otherwise chosen from the seed (rural places are
                            more often thin)
  --data DIR                the real files (default: ../shared/data next to the repository)
  --check                   validate the written files against the contract rules and print the
                            goals/obstacles they produce (exit 1 on any violation)

Deterministic: the same seed, scale and options give byte-identical files. Every entity draws from
its own random stream (seed + id), so a municipality's schools, gyms, classes, lessons, teachers
and grants are the same at national scale and at municipalities scale.
Standard library only.
"""
import argparse
import collections
import csv
import math
import os
import random
import re
import sys
import time

FILES = ["municipalities", "schools", "gyms", "distances", "classes", "teachers", "lessons", "grants"]
HEADERS = {
    "municipalities": ["code", "name", "province"],
    "schools": ["school_id", "name", "municipality_code", "board_id", "postcode", "latitude", "longitude"],
    "gyms": ["gym_id", "name", "municipality_code", "latitude", "longitude", "halls", "hours_per_week"],
    "distances": ["school_id", "gym_id", "distance_m", "travel_minutes"],
    "classes": ["school_year", "school_id", "class_id", "grades", "pupils"],
    "teachers": ["teacher_id", "qualification", "qualified_on", "school_id"],
    "lessons": ["school_year", "school_id", "class_id", "weekday", "start", "minutes", "gym_id", "teacher_id"],
    "grants": ["grant_id", "teacher_id", "applied_on", "status", "decided_on", "completed_on", "amount_eur"],
}
# Small scale: the municipalities of the repository's sample (data/sample/README.md).
SMALL = ["GM0289", "GM0448", "GM0603", "GM1950"]
SMALL_PROFILES = {"GM0603": "tight", "GM1950": "thin"}
EARTH_R = 6371008.8
PAIR_RADIUS_M = 3000      # distances.csv holds the pairs within this straight-line distance
COVER_M = 325             # a school further than this (straight line) from a gym gets its own gym
LESSON_MINUTES = 45
MAX_AMOUNT = 3500 * 1.2
GRANT_YEARS = [2015, 2016, 2017, 2019, 2020, 2021, 2022]  # no scheme in 2018 (Stcrt 2018-67819)


def haversine(lat1, lon1, lat2, lon2):
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * EARTH_R * math.asin(min(1.0, math.sqrt(a)))


def offset(lat, lon, metres, bearing):
    dlat = metres * math.cos(bearing) / 111195.0
    dlon = metres * math.sin(bearing) / (111195.0 * math.cos(math.radians(lat)))
    return lat + dlat, lon + dlon


class Grid:
    """Points bucketed in cells of about 3 km for neighbour queries."""
    CELL = 0.03

    def __init__(self):
        self.cells = collections.defaultdict(list)

    def key(self, lat, lon):
        return int(math.floor(lat / self.CELL)), int(math.floor(lon / (self.CELL * 1.6)))

    def add(self, item, lat, lon):
        self.cells[self.key(lat, lon)].append((item, lat, lon))

    def near(self, lat, lon, radius):
        ci, cj = self.key(lat, lon)
        reach = int(radius // 3000) + 1
        out = []
        for i in range(ci - reach, ci + reach + 1):
            for j in range(cj - reach, cj + reach + 1):
                for item, la, lo in self.cells.get((i, j), ()):
                    d = haversine(lat, lon, la, lo)
                    if d <= radius:
                        out.append((d, item))
        out.sort(key=lambda t: (t[0], str(t[1])))
        return out


def rng_for(seed, *parts):
    return random.Random(":".join([str(seed)] + [str(p) for p in parts]))


def iso(year, month, day):
    return f"{year:04d}-{month:02d}-{day:02d}"


def add_days(date, days):
    import datetime
    d = datetime.date.fromisoformat(date) + datetime.timedelta(days=days)
    return d.isoformat()


# ---------------------------------------------------------------------------------------------
# Real data

def read_real(data_dir):
    cbs = {}
    with open(os.path.join(data_dir, "cbs", "gemeenten-alfabetisch-2021.csv"), encoding="utf-8-sig", newline="") as f:
        for row in csv.DictReader(f):
            cbs[row["GemeentecodeGM"].strip()] = (row["Gemeentenaam"].strip(), row["Provincienaam"].strip())
    pc4 = {}
    with open(os.path.join(data_dir, "pc4", "4pp.csv"), encoding="utf-8-sig", newline="") as f:
        for row in csv.DictReader(f):
            if row["latitude"] and row["longitude"]:
                pc4[row["postcode"].strip()] = (float(row["latitude"]), float(row["longitude"]))
    duo_path = os.path.join(data_dir, "duo", "03-alle-vestigingen-bo-2021-10-01.csv")
    with open(duo_path, encoding="cp1252", newline="") as f:
        rows = list(csv.DictReader(f, delimiter=";"))
    schools = []
    for row in rows:
        postcode = row["POSTCODE"].replace(" ", "").upper()
        schools.append({
            "id": row["VESTIGINGSNUMMER"].strip().upper(),
            "name": row["VESTIGINGSNAAM"].strip(),
            "muni": "GM" + row["GEMEENTENUMMER"].strip().zfill(4),
            "board": row["BEVOEGD GEZAG NUMMER"].strip(),
            "postcode": postcode,
            "place": row["PLAATSNAAM"].strip().title(),
        })
    return cbs, pc4, schools


# ---------------------------------------------------------------------------------------------
# Generation

class Generator:
    def __init__(self, args, cbs, pc4, schools):
        self.seed = args.seed
        self.years = args.school_years
        self.cbs = cbs
        self.pc4 = pc4
        self.schools = schools
        self.overrides = args.profiles
        self.rows = {name: [] for name in FILES}

    # -- schools -------------------------------------------------------------------------------
    def place_schools(self):
        by_muni = collections.defaultdict(list)
        for s in self.schools:
            r = rng_for(self.seed, "school", s["id"])
            centre = self.pc4.get(s["postcode"][:4])
            s["approx"] = centre is None
            if centre:
                dist = 120 + 380 * math.sqrt(r.random())
                s["lat"], s["lon"] = offset(centre[0], centre[1], dist, r.uniform(0, 2 * math.pi))
            by_muni[s["muni"]].append(s)
        # A postcode missing from the PC4 table: put the school near the middle of its municipality.
        for muni, group in by_muni.items():
            known = [s for s in group if "lat" in s]
            for s in group:
                if "lat" not in s and known:
                    r = rng_for(self.seed, "school-fallback", s["id"])
                    lat = sum(k["lat"] for k in known) / len(known)
                    lon = sum(k["lon"] for k in known) / len(known)
                    s["lat"], s["lon"] = offset(lat, lon, r.uniform(200, 900), r.uniform(0, 2 * math.pi))
        grid = Grid()
        for s in self.schools:
            grid.add(s["id"], s["lat"], s["lon"])
        for s in self.schools:
            r = rng_for(self.seed, "pupils", s["id"])
            neighbours = len(grid.near(s["lat"], s["lon"], 2500)) - 1
            median = 205 if neighbours >= 3 else 125 if neighbours >= 1 else 85
            s["rural"] = neighbours < 2
            s["pupils"] = int(min(1100, max(18, r.lognormvariate(math.log(median), 0.5))))
            s["growth"] = r.uniform(-0.04, 0.03)
        self.by_muni = by_muni

    def profile(self, muni):
        if muni in self.overrides:
            return self.overrides[muni]
        group = self.by_muni[muni]
        rural = sum(1 for s in group if s["rural"]) / len(group)
        r = rng_for(self.seed, "profile", muni).random()
        thin = 0.02 + 0.3 * rural
        tight = 0.07 if rural < 0.3 else 0.03
        if r < thin:
            return "thin"
        if r < thin + tight:
            return "tight"
        return "normal"

    # -- gyms ----------------------------------------------------------------------------------
    def place_gyms(self, munis):
        self.gyms = []
        for muni in munis:
            profile = self.profile(muni)
            r = rng_for(self.seed, "gyms", muni)
            group = sorted(self.by_muni[muni], key=lambda s: s["id"])
            r.shuffle(group)
            grid = Grid()
            made = []
            attached = collections.defaultdict(list)
            skipped = []
            for s in group:
                near = grid.near(s["lat"], s["lon"], COVER_M * 1.5 if profile == "tight" else COVER_M)
                if near:
                    attached[near[0][1]].append(s)
                    continue
                if profile == "thin" and r.random() < 0.6:
                    skipped.append(s)
                    continue
                lat, lon = offset(s["lat"], s["lon"], r.uniform(60, 330), r.uniform(0, 2 * math.pi))
                index = len(made)
                made.append({"lat": lat, "lon": lon, "place": s["place"]})
                grid.add(index, lat, lon)
                attached[index].append(s)
            if not made:  # a municipality needs at least one gym somewhere
                s = group[0]
                lat, lon = offset(s["lat"], s["lon"], r.uniform(1500, 2500), r.uniform(0, 2 * math.pi))
                made.append({"lat": lat, "lon": lon, "place": s["place"]})
                grid.add(0, lat, lon)
                skipped = [x for x in skipped if x is not s]
                attached[0].append(s)
            for s in skipped:
                best = min(range(len(made)), key=lambda i: haversine(s["lat"], s["lon"], made[i]["lat"], made[i]["lon"]))
                attached[best].append(s)
            names = collections.Counter()
            final = []
            for index, g in enumerate(made):
                demand = sum(max(1, round(s["pupils"] * 0.75 / 24)) * 2 for s in attached[index])
                hours = r.choice(range(40, 81)) / 2  # 20.0 .. 40.0 in half hours
                if profile == "tight":
                    hours = r.choice(range(40, 57)) / 2
                    headroom = r.uniform(0.35, 0.65)
                else:
                    headroom = r.uniform(1.4, 2.4)
                slots = int(hours * 60 // LESSON_MINUTES)
                halls_needed = max(1, math.ceil(demand * headroom / slots))
                if profile == "tight":
                    halls_needed = max(1, math.floor(demand * headroom / slots))
                parts = []
                while halls_needed > 0:
                    parts.append(min(3, halls_needed))
                    halls_needed -= parts[-1]
                for k, halls in enumerate(parts):
                    lat, lon = g["lat"], g["lon"]
                    if k:
                        lat, lon = offset(lat, lon, r.uniform(150, 400), r.uniform(0, 2 * math.pi))
                    kind = "Sporthal" if halls == 3 else "Gymzaal"
                    names[(kind, g["place"])] += 1
                    final.append({"muni": muni, "lat": lat, "lon": lon, "halls": halls,
                                  "hours": hours if k == 0 else r.choice(range(40, 81)) / 2,
                                  "name": f"{kind} {g['place']} {names[(kind, g['place'])]}"})
            for n, g in enumerate(final, start=1):
                g["id"] = f"{muni}-G{n:03d}"
            self.gyms.extend(final)

    # -- distances -----------------------------------------------------------------------------
    def distances(self, schools):
        grid = Grid()
        for g in self.gyms:
            grid.add(g["id"], g["lat"], g["lon"])
        self.gym_by_id = {g["id"]: g for g in self.gyms}
        self.near_gyms = {}
        for s in schools:
            pairs = []
            for straight, gid in grid.near(s["lat"], s["lon"], PAIR_RADIUS_M):
                r = rng_for(self.seed, "route", s["id"], gid)
                route = int(round(straight * r.uniform(1.2, 1.5)))
                pairs.append((route, gid))
                self.rows["distances"].append([s["id"], gid, route, f"{route / 75:.1f}"])
            pairs.sort()
            if not pairs:  # no gym within 3 km: the nearest one in the municipality, by bus
                own = [g for g in self.gyms if g["muni"] == s["muni"]] or self.gyms
                g = min(own, key=lambda g: haversine(s["lat"], s["lon"], g["lat"], g["lon"]))
                pairs = [(int(haversine(s["lat"], s["lon"], g["lat"], g["lon"]) * 1.3), g["id"])]
            self.near_gyms[s["id"]] = pairs

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
            for tid, s in specialists.items():
                pass
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

    def lessons(self, schools):
        starts = [f"{h:02d}:{m:02d}" for h, m in [(8, 30), (9, 15), (10, 0), (10, 45), (11, 30), (13, 0), (13, 45), (14, 30)]]
        for year in self.years:
            first = int(year[:4])
            good_share = 0.80 + 0.02 * (first - 2021)
            for s in schools:
                r = rng_for(self.seed, "lessons", s["id"], year)
                good = s["quality"] < good_share
                gyms = self.near_gyms[s["id"]]
                home = gyms[0]
                second = gyms[1] if len(gyms) > 1 and gyms[1][0] <= 1200 else home
                far = home[0] > 1000
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
                    group_teacher = pool[index % s["pool_size"][year]]
                    for k, (day, minutes) in enumerate(zip(days, pattern)):
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
                        self.rows["lessons"].append([year, s["id"], class_id, day, r.choice(starts), minutes, gym, teacher])

    # -- teachers and grants -------------------------------------------------------------------
    def teachers_and_grants(self, schools):
        grant_n = 0
        for s in schools:
            ids = list(s["pool"])
            ids += [tid for tid, main in self.specialist_main.items() if main is s]
            for tid in ids:
                r = rng_for(self.seed, "teacher", tid)
                grants = []
                if "-S" in tid:
                    qual, on = "specialist", iso(r.randint(1986, 2021), r.choice([6, 7, 8]), r.randint(1, 28))
                elif r.random() < s["qual_rate"]:
                    x = r.random()
                    if x < 0.58:
                        qual, on = "broad_pre2005", iso(r.randint(1978, 2004), r.choice([6, 7]), r.randint(1, 28))
                    elif x < 0.88:
                        qual = "broad_course"
                        if r.random() < 0.65:  # paid by the grant
                            year = r.choice(GRANT_YEARS[:5])
                            g = self.grant(r, year, "completed")
                            grants.append(g)
                            on = g[3]
                        else:
                            on = iso(r.randint(2008, 2022), r.choice([6, 7]), r.randint(1, 28))
                    else:
                        qual = "course_enrolled"
                        year = r.choice([2019, 2020, 2020, 2021, 2021, 2022])
                        g = self.grant(r, year, "withdrawn" if r.random() < 0.15 else "awarded")
                        grants.append(g)
                        on = iso(year, 9, 1)
                else:
                    qual, on = "none", ""
                    x = r.random()
                    if x < 0.09:
                        grants.append(self.grant(r, r.choice(GRANT_YEARS), "rejected"))
                    elif x < 0.12:
                        grants.append(self.grant(r, 2022, "applied"))
                    elif x < 0.15:
                        grants.append(self.grant(r, r.choice(GRANT_YEARS), "withdrawn"))
                if grants and grants[0][1] in ("completed", "awarded") and r.random() < 0.12:
                    first = int(grants[0][0][:4])
                    if first - 1 >= 2015 and first - 1 != 2018:
                        grants.insert(0, self.grant(r, first - 1, "rejected"))
                self.rows["teachers"].append([tid, qual, on, s["id"]])
                for k, (applied, status, decided, completed, amount) in enumerate(grants, start=1):
                    grant_n += 1
                    self.rows["grants"].append([f"G-{tid}-{k}-{applied[:4]}", tid, applied, status, decided, completed, amount])

    def grant(self, r, year, status):
        """(applied_on, status, decided_on, completed_on, amount); for completed, [3] is completed_on."""
        applied = iso(year, r.choice([2, 3, 4]), r.randint(1, 28))
        decided = add_days(applied, r.randint(40, 110)) if status != "applied" else ""
        completed = ""
        if status == "completed":
            completed = iso(year + r.choice([1, 1, 2]), r.choice([5, 6, 7]), r.randint(1, 28))
        if status == "withdrawn" and r.random() < 0.3:
            decided = ""
        amount = f"{min(MAX_AMOUNT, r.uniform(2600, 3500) * r.choice([1.0, 1.1, 1.2])):.2f}"
        if status == "rejected" and r.random() < 0.5:
            amount = ""
        return [applied, status, decided, completed, amount] if status != "completed" else \
            (applied, status, decided, completed, amount)

    # -- all -----------------------------------------------------------------------------------
    def run(self, munis):
        self.place_schools()
        schools = sorted((s for s in self.schools if s["muni"] in munis), key=lambda s: s["id"])
        for code in sorted(munis):
            name, province = self.cbs[code]
            self.rows["municipalities"].append([code, name, province])
        for s in schools:
            self.rows["schools"].append([s["id"], s["name"], s["muni"], s["board"],
                                         s["postcode"] if re.fullmatch(r"\d{4}[A-Z]{2}", s["postcode"]) else "",
                                         f"{s['lat']:.6f}", f"{s['lon']:.6f}"])
            self.school_staff(s)
        self.place_gyms(sorted(munis))
        for g in self.gyms:
            self.rows["gyms"].append([g["id"], g["name"], g["muni"], f"{g['lat']:.6f}", f"{g['lon']:.6f}",
                                      g["halls"], f"{g['hours']:.1f}"])
        self.distances(schools)
        self.classes = {}
        for year in self.years:
            for s in schools:
                self.classes[(s["id"], year)] = self.classes_for(s, year)
                for class_id, grades, pupils in self.classes[(s["id"], year)]:
                    self.rows["classes"].append([year, s["id"], class_id, grades, pupils])
        self.teachers(schools)
        self.used_teachers = {}
        self.lessons(schools)
        self.teachers_and_grants(schools)
        self.rows["grants"] = [list(g) for g in self.rows["grants"]]
        # Pseudonymous teacher ids T000001.. in order of main school (no link to a school in the id).
        # Stable over scales and school years: rank of the main school in the whole DUO list x 50 +
        # the teacher's place in the school's pool; specialists 9MMMNN (municipality rank, number).
        school_rank = {sid: n for n, sid in enumerate(sorted(x["id"] for x in self.schools), start=1)}
        muni_rank = {m: n for n, m in enumerate(sorted(self.by_muni), start=1)}

        def pseudonym(internal):
            owner, _, k = internal.rpartition("-")
            if k.startswith("S"):
                return f"T9{muni_rank[owner]:03d}{int(k[1:]):02d}"
            return f"T{school_rank[owner] * 50 + int(k):06d}"
        alias = {row[0]: pseudonym(row[0]) for row in self.rows["teachers"]}
        assert len(set(alias.values())) == len(alias)
        for row in self.rows["teachers"]:
            row[0] = alias[row[0]]
        for row in self.rows["lessons"]:
            row[7] = alias[row[7]] if row[7] else ""
        for row in self.rows["grants"]:
            row[1] = alias[row[1]]
            row[0] = "G" + row[1][1:] + "-" + row[0].rsplit("-", 2)[1]

    def write(self, outdir):
        os.makedirs(outdir, exist_ok=True)
        for name in FILES:
            with open(os.path.join(outdir, name + ".csv"), "w", encoding="utf-8", newline="") as f:
                out = csv.writer(f, lineterminator="\n")
                out.writerow(HEADERS[name])
                out.writerows(self.rows[name])


# ---------------------------------------------------------------------------------------------
# Check: contract rules (section 2) and the goals/obstacles the data produce (section 3)

def check(outdir, max_distance=1000, detour=1.3):
    errors = []
    warnings = []
    data = {}
    for name in FILES:
        path = os.path.join(outdir, name + ".csv")
        with open(path, encoding="utf-8", newline="") as f:
            reader = csv.reader(f)
            header = next(reader)
            if header != HEADERS[name]:
                errors.append(f"{name}.csv:1: header {header}")
            rows = []
            for line, row in enumerate(reader, start=2):
                if len(row) != len(header):
                    errors.append(f"{name}.csv:{line}: {len(row)} fields")
                    continue
                rows.append((line, dict(zip(header, (v.strip() for v in row)))))
            data[name] = rows

    def err(name, line, column, message):
        errors.append(f"{name}.csv:{line}: {column}: {message}")

    def dup(name, key):
        seen = {}
        for line, row in data[name]:
            k = tuple(row[c] for c in key)
            if k in seen:
                err(name, line, ",".join(key), f"duplicate of line {seen[k]}")
            seen[k] = line
        return seen

    def dec(v):
        try:
            return float(v)
        except ValueError:
            return None

    def date(v):
        return re.fullmatch(r"\d{4}-\d{2}-\d{2}", v) is not None

    dup("municipalities", ["code"])
    munis = {row["code"] for _, row in data["municipalities"]}
    for line, row in data["municipalities"]:
        if not re.fullmatch(r"GM\d{4}", row["code"]):
            err("municipalities", line, "code", "malformed")
        if not row["name"]:
            err("municipalities", line, "name", "missing")
    schools = {}
    for line, row in data["schools"]:
        schools[row["school_id"]] = row
        if not re.fullmatch(r"\d{2}[A-Z]{2}\d{2}", row["school_id"]):
            err("schools", line, "school_id", "malformed")
        if row["municipality_code"] not in munis:
            err("schools", line, "municipality_code", "unknown municipality")
        if row["postcode"] and not re.fullmatch(r"\d{4}[A-Z]{2}", row["postcode"]):
            err("schools", line, "postcode", "malformed")
        lat, lon = dec(row["latitude"]), dec(row["longitude"])
        if lat is None or lon is None or not (50.7 <= lat <= 53.6 and 3.3 <= lon <= 7.3):
            err("schools", line, "latitude", "outside the Netherlands")
        if not row["name"]:
            err("schools", line, "name", "missing")
    dup("schools", ["school_id"])
    gyms = {}
    for line, row in data["gyms"]:
        gyms[row["gym_id"]] = row
        if not 1 <= len(row["gym_id"]) <= 64:
            err("gyms", line, "gym_id", "length")
        if row["municipality_code"] not in munis:
            err("gyms", line, "municipality_code", "unknown municipality")
        if not row["halls"].isdigit() or not 1 <= int(row["halls"]) <= 10:
            err("gyms", line, "halls", "not 1..10")
        h = dec(row["hours_per_week"])
        if h is None or not 0 <= h <= 60:
            err("gyms", line, "hours_per_week", "not 0..60")
        lat, lon = dec(row["latitude"]), dec(row["longitude"])
        if lat is None or lon is None or not (50.7 <= lat <= 53.6 and 3.3 <= lon <= 7.3):
            err("gyms", line, "latitude", "outside the Netherlands")
    dup("gyms", ["gym_id"])
    dist = {}
    for line, row in data["distances"]:
        if row["school_id"] not in schools:
            err("distances", line, "school_id", "unknown school")
        if row["gym_id"] not in gyms:
            err("distances", line, "gym_id", "unknown gym")
        if not row["distance_m"].isdigit():
            err("distances", line, "distance_m", "not an integer >= 0")
        else:
            dist[(row["school_id"], row["gym_id"])] = int(row["distance_m"])
    dup("distances", ["school_id", "gym_id"])
    classes = {}
    for line, row in data["classes"]:
        if not re.fullmatch(r"(\d{4})-(\d{4})", row["school_year"]) or int(row["school_year"][5:]) != int(row["school_year"][:4]) + 1:
            err("classes", line, "school_year", "malformed")
        if row["school_id"] not in schools:
            err("classes", line, "school_id", "unknown school")
        if not 1 <= len(row["class_id"]) <= 32:
            err("classes", line, "class_id", "length")
        if not re.fullmatch(r"[1-8](/[1-8])*", row["grades"]):
            err("classes", line, "grades", "malformed")
        if row["pupils"] and (not row["pupils"].isdigit() or int(row["pupils"]) > 60):
            err("classes", line, "pupils", "not 0..60")
        classes[(row["school_year"], row["school_id"], row["class_id"])] = row
    dup("classes", ["school_year", "school_id", "class_id"])
    teachers = {}
    for line, row in data["teachers"]:
        teachers[row["teacher_id"]] = row
        if not 1 <= len(row["teacher_id"]) <= 64:
            err("teachers", line, "teacher_id", "length")
        if row["qualification"] not in ("broad_pre2005", "broad_course", "course_enrolled", "specialist", "none"):
            err("teachers", line, "qualification", "unknown")
        if row["qualified_on"] and not date(row["qualified_on"]):
            err("teachers", line, "qualified_on", "not a date")
        if row["school_id"] and row["school_id"] not in schools:
            err("teachers", line, "school_id", "unknown school")
    dup("teachers", ["teacher_id"])
    lessons = collections.defaultdict(list)
    for line, row in data["lessons"]:
        key = (row["school_year"], row["school_id"], row["class_id"])
        if key not in classes:
            err("lessons", line, "class_id", "unknown class")
        if row["weekday"] not in "12345" or len(row["weekday"]) != 1:
            err("lessons", line, "weekday", "not 1..5")
        if not re.fullmatch(r"([01]\d|2[0-3]):[0-5]\d", row["start"]):
            err("lessons", line, "start", "not HH:MM")
        if not row["minutes"].isdigit() or not 15 <= int(row["minutes"]) <= 180:
            err("lessons", line, "minutes", "not 15..180")
        if row["gym_id"] and row["gym_id"] not in gyms:
            err("lessons", line, "gym_id", "unknown gym")
        if row["teacher_id"] and row["teacher_id"] not in teachers:
            err("lessons", line, "teacher_id", "unknown teacher")
        lessons[key].append(row)
    grants = collections.defaultdict(list)
    for line, row in data["grants"]:
        if row["teacher_id"] not in teachers:
            err("grants", line, "teacher_id", "unknown teacher")
        if row["status"] not in ("applied", "awarded", "rejected", "withdrawn", "completed"):
            err("grants", line, "status", "unknown")
        for c in ("applied_on", "decided_on", "completed_on"):
            if row[c] and not date(row[c]):
                err("grants", line, c, "not a date")
        if row["decided_on"] and row["decided_on"] < row["applied_on"]:
            err("grants", line, "decided_on", "before applied_on")
        if (row["status"] == "completed") != bool(row["completed_on"]):
            err("grants", line, "completed_on", "required for completed and only there")
        if row["completed_on"] and row["completed_on"] < (row["decided_on"] or row["applied_on"]):
            err("grants", line, "completed_on", "before decided_on")
        a = dec(row["amount_eur"]) if row["amount_eur"] else 0
        if a is None or a < 0 or a > MAX_AMOUNT + 1e-9:
            err("grants", line, "amount_eur", "not 0..4200")
        grants[row["teacher_id"]].append(row)
    dup("grants", ["grant_id"])
    for tid, gs in grants.items():
        open_ = [g for g in gs if g["status"] in ("applied", "awarded")]
        if len(open_) > 1:
            warnings.append(f"teacher {tid}: {len(open_)} open grants")

    # Goals and obstacles (section 3, default parameters), as a cross-check for the planner.
    years = sorted({k[0] for k in classes})
    report = []
    school_gym = collections.defaultdict(dict)
    grid = Grid()
    for gid, g in gyms.items():
        if int(float(g["hours_per_week"]) * 60 // LESSON_MINUTES) > 0:
            grid.add(gid, float(g["latitude"]), float(g["longitude"]))
    for sid, s in schools.items():
        for straight, gid in grid.near(float(s["latitude"]), float(s["longitude"]), max_distance / 1.2 + 1):
            d = dist.get((sid, gid), math.floor(straight * detour + 0.5))
            if d <= max_distance:
                school_gym[sid][gid] = d
    for (sid, gid), d in dist.items():
        if d <= max_distance and gid in gyms:
            school_gym[sid][gid] = d
    far = {sid for sid in schools if not school_gym[sid]}

    def qualified(tid, ref):
        t = teachers.get(tid)
        if not t:
            return False
        gs = grants.get(tid, [])
        if any(g["status"] == "completed" and g["completed_on"] <= ref for g in gs):
            return True
        if t["qualified_on"] and t["qualified_on"] > ref:
            return False
        q = t["qualification"]
        if q in ("broad_pre2005", "broad_course", "specialist"):
            return True
        if q == "course_enrolled":
            past = [g for g in gs if g["applied_on"] <= ref]
            if past:
                latest = max(past, key=lambda g: (g["applied_on"], g["grant_id"]))
                return latest["status"] != "withdrawn"
            return True
        return False

    for year in years:
        ref = year[:4] + "-10-01"
        in_scope = collections.defaultdict(list)
        for (y, sid, cid), c in classes.items():
            if y == year and any(int(g) >= 3 for g in c["grades"].split("/")):
                in_scope[sid].append(cid)
        met_l = met_q = nodata = 0
        minutes_all = []
        all90 = 0
        lesson_count = spec = 0
        for sid in schools:
            cids = in_scope.get(sid, [])
            if not cids:
                nodata += 1
                continue
            ok_l = ok_q = ok90 = True
            for cid in cids:
                ls = lessons.get((year, sid, cid), [])
                m = sum(int(l["minutes"]) for l in ls)
                minutes_all.append(m)
                ok90 &= m >= 90
                ok_l &= len(ls) >= 2 and m >= 90
                ok_q &= bool(ls) and all(qualified(l["teacher_id"], ref) for l in ls)
            met_l += ok_l
            met_q += ok_q
            all90 += ok90
        for (y, sid, cid), ls in lessons.items():
            if y == year:
                lesson_count += len(ls)
                spec += sum(1 for l in ls if l["teacher_id"] and teachers.get(l["teacher_id"], {}).get("qualification") == "specialist")
        # capacity: max flow school -> gym within max_distance (fewest unmet slots)
        demand = {sid: 2 * len(c) for sid, c in in_scope.items()}
        supply = {gid: int(g["halls"]) * int(float(g["hours_per_week"]) * 60 // LESSON_MINUTES) for gid, g in gyms.items()}
        unmet = max_flow_unmet(demand, supply, school_gym)
        cap_munis = sorted({schools[sid]["municipality_code"] for sid, u in unmet.items() if u > 0 and sid not in far})
        dist_munis = sorted({schools[sid]["municipality_code"] for sid in far})
        n = len(schools)
        report.append(
            f"{year}: schools {n}; lessons goal met {met_l} ({100 * met_l / max(1, n - nodata):.0f}%), "
            f"qualified goal met {met_q} ({100 * met_q / max(1, n - nodata):.0f}%), no data {nodata}; "
            f"90 min for all groups 3-8: {100 * all90 / max(1, n - nodata):.0f}% of schools; "
            f"mean minutes groups 3-8 {sum(minutes_all) / max(1, len(minutes_all)):.1f}; "
            f"specialist lessons {100 * spec / max(1, lesson_count):.0f}%; "
            f"schools with distance obstacle {len(far)}, with capacity obstacle "
            f"{sum(1 for sid, u in unmet.items() if u > 0 and sid not in far)}; "
            f"municipalities with distance obstacle {len(dist_munis)} {dist_munis[:12]}{'...' if len(dist_munis) > 12 else ''}, "
            f"with capacity obstacle {len(cap_munis)} {cap_munis[:12]}{'...' if len(cap_munis) > 12 else ''}")
    return errors, warnings, report


def max_flow_unmet(demand, supply, edges):
    """Unassigned slots per school of a maximum flow school -> gym (Dinic)."""
    nodes = {"s": 0, "t": 1}

    def node(k):
        if k not in nodes:
            nodes[k] = len(nodes)
        return nodes[k]

    graph = collections.defaultdict(list)
    cap = []
    to = []

    def edge(a, b, c):
        graph[a].append(len(to)); to.append(b); cap.append(c)
        graph[b].append(len(to)); to.append(a); cap.append(0)

    school_edge = {}
    for sid, d in demand.items():
        a = node(("s", sid))
        school_edge[sid] = len(to)
        edge(0, a, d)
        for gid in edges.get(sid, {}):
            edge(a, node(("g", gid)), d)
    for gid, c in supply.items():
        if ("g", gid) in nodes:
            edge(nodes[("g", gid)], 1, c)
    n = len(nodes)
    while True:
        level = [-1] * n
        level[0] = 0
        queue = collections.deque([0])
        while queue:
            v = queue.popleft()
            for e in graph[v]:
                if cap[e] > 0 and level[to[e]] < 0:
                    level[to[e]] = level[v] + 1
                    queue.append(to[e])
        if level[1] < 0:
            break
        it = {v: 0 for v in range(n)}

        def dfs(v, f):
            if v == 1:
                return f
            while it[v] < len(graph[v]):
                e = graph[v][it[v]]
                w = to[e]
                if cap[e] > 0 and level[w] == level[v] + 1:
                    got = dfs(w, min(f, cap[e]))
                    if got:
                        cap[e] -= got
                        cap[e ^ 1] += got
                        return got
                it[v] += 1
            return 0

        while dfs(0, 10 ** 9):
            pass
    return {sid: cap[e] for sid, e in school_edge.items()}


# ---------------------------------------------------------------------------------------------

def main():
    here = os.path.dirname(os.path.abspath(__file__))
    default_data = os.path.normpath(os.path.join(here, "..", "..", "shared", "data"))
    if not os.path.isdir(default_data):
        default_data = "/work/shared/data"
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--seed", type=int, required=True)
    p.add_argument("--scale", required=True, help="national | small | municipalities:GM0363,GM0599")
    p.add_argument("--school-year", dest="school_years", action="append")
    p.add_argument("--profile", default="")
    p.add_argument("--data", default=default_data)
    p.add_argument("--check", action="store_true")
    p.add_argument("outdir")
    args = p.parse_args()
    years = args.school_years or ["2021-2022"]
    norm = []
    for y in years:
        m = re.fullmatch(r"(\d{4})[-/](\d{4})", y)
        if not m or int(m.group(2)) != int(m.group(1)) + 1:
            p.error(f"school year {y!r}: expected YYYY-YYYY with consecutive years")
        norm.append(f"{m.group(1)}-{m.group(2)}")
    args.school_years = sorted(set(norm))
    args.profiles = {}
    for item in filter(None, args.profile.split(",")):
        code, _, kind = item.partition("=")
        if kind not in ("normal", "tight", "thin"):
            p.error(f"--profile {item!r}: expected CODE=normal|tight|thin")
        args.profiles["GM" + code.strip().upper().removeprefix("GM").zfill(4)] = kind

    started = time.time()
    cbs, pc4, schools = read_real(args.data)
    present = {s["muni"] for s in schools}
    if args.scale == "national":
        munis = present
    elif args.scale == "small":
        munis = set(SMALL)
        for code, kind in SMALL_PROFILES.items():
            args.profiles.setdefault(code, kind)
    elif args.scale.startswith("municipalities:"):
        munis = {"GM" + c.strip().upper().removeprefix("GM").zfill(4) for c in args.scale.split(":", 1)[1].split(",") if c.strip()}
    else:
        p.error("--scale: national, small or municipalities:GM....,GM....")
    unknown = sorted(m for m in munis if m not in present or m not in cbs)
    if unknown:
        p.error(f"no schools or no CBS 2021 entry for {', '.join(unknown)}")
    gen = Generator(args, cbs, pc4, schools)
    gen.run(munis)
    gen.write(args.outdir)
    profiles = collections.Counter(gen.profile(m) for m in munis)
    print(f"generate.py: seed {args.seed}, scale {args.scale}, school years {', '.join(args.school_years)} -> {args.outdir} "
          f"({time.time() - started:.1f} s)", file=sys.stderr)
    print("  " + ", ".join(f"{name} {len(gen.rows[name])}" for name in FILES), file=sys.stderr)
    print("  municipality profiles: " + ", ".join(f"{k} {v}" for k, v in sorted(profiles.items())), file=sys.stderr)
    if len(munis) <= 12:
        print("  " + ", ".join(f"{m} {gen.cbs[m][0]} {gen.profile(m)}" for m in sorted(munis)), file=sys.stderr)
    if args.check:
        errors, warnings, report = check(args.outdir)
        for line in report:
            print("  check: " + line, file=sys.stderr)
        for w in warnings[:10]:
            print("  warning: " + w, file=sys.stderr)
        for e in errors[:50]:
            print("  error: " + e, file=sys.stderr)
        print(f"  check: {len(errors)} errors, {len(warnings)} warnings", file=sys.stderr)
        if errors:
            sys.exit(1)


if __name__ == "__main__":
    main()
