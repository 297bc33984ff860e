"""Where schools and gyms are: school coordinates and sizes, accommodation profiles, gyms, distances."""
import collections
import math

from gymplan_generate.common import COVER_M, LESSON_MINUTES, PAIR_RADIUS_M, Grid, haversine, offset, rng_for


class Places:
    """The generator's first steps (a part of `Generator`)."""

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
