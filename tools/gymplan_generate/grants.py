"""Teachers' qualifications and their grant applications (lerarenbeurs bewegingsonderwijs)."""
from gymplan_generate.common import GRANT_YEARS, MAX_AMOUNT, add_days, iso, rng_for


class Grants:
    """The generator's teachers and grants (a part of `Generator`)."""

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
