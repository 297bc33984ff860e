"""Realistic synthetic data set in the eight files of the data contract (section 2) and the two
opening-hours files of section 6 (gym_hours.csv, school_hours.csv).

Real: municipalities (CBS 2021 list, with provinces) and schools (DUO school-location file of
1 October 2021: VESTIGINGSNUMMER, name, municipality, board, postcode; coordinates from the PC4
table plus a small deterministic jitter). Synthetic: gyms, distances, opening hours, classes,
lessons, teachers (pseudonymous ids only, never names) and grants. The lessons are fitted into the
gyms' and schools' hours, free halls and free teachers, with a few careless exceptions, so that
`gymplan roster --check` finds a handful of conflicts per municipality, more where gyms are short.
Specialist PE teachers serve about a third of the schools: one per 3.5 such schools of a
municipality, more where a week would exceed 30 lessons (a full-time PE teacher's) or a school
lies beyond 20 km; none gives more than 30 lessons a week, the rest go to the school's own teachers.

usage:
  python3 tools/gymplan_generate --seed N --scale national OUTDIR
  python3 tools/gymplan_generate --seed N --scale municipalities:GM0363,GM0599 OUTDIR
  python3 tools/gymplan_generate --seed N --scale small OUTDIR   (the municipalities and profiles of data/sample)
options:
  --school-year YYYY-YYYY   repeatable (default 2021-2022); every year gets classes and lessons
  --profile GM0603=tight,GM1950=thin
                            force a municipality's accommodation profile (normal, tight = too few
                            gym hours -> capacity obstacle, thin = villages without a gym nearby ->
                            distance obstacle); otherwise chosen from the seed (rural places are
                            more often thin)
  --data DIR                the real files (default: shared/data next to the repository)
  --verify                  let gymplan itself check what was written: import it (into a throwaway
                            embedded cluster, or the database of --database-url) and print the
                            goals and obstacles that `gymplan flags` and `gymplan capacity` report
                            (exit 1 when the import is rejected or a command fails)
  --gymplan PATH            the gymplan binary for --verify (default: .build/release/gymplan, else
                            .build/debug/gymplan, else gymplan on PATH)
  --database-url URL        import into this database for --verify instead (it is changed)

Deterministic: the same seed, scale and options give byte-identical files. Every entity draws from
its own random stream (seed + id), so a municipality's schools, gyms, hours, classes, lessons,
teachers and grants are the same at national scale and at municipalities scale, except the times
(and a few gyms) of lessons fitted around the bookings of schools beyond the municipality that
share its gyms.
Standard library only.
"""
