"""The generator: every step in order, the pseudonymous teacher ids, and the files written."""
import csv
import os
import re

from gymplan_generate.common import FILES, HEADERS
from gymplan_generate.grants import Grants
from gymplan_generate.hours import Hours
from gymplan_generate.places import Places
from gymplan_generate.timetables import Timetables


class Generator(Places, Hours, Timetables, Grants):
    def __init__(self, args, cbs, pc4, schools):
        self.seed = args.seed
        self.years = args.school_years
        self.cbs = cbs
        self.pc4 = pc4
        self.schools = schools
        self.overrides = args.profiles
        self.rows = {name: [] for name in FILES}

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
        self.gym_hours()
        self.school_hours(schools)
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
