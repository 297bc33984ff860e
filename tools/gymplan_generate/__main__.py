"""python3 tools/gymplan_generate ...: the command line (see the package's docstring)."""
import argparse
import collections
import os
import re
import sys
import time

if __package__ in (None, ""):  # run as `python3 tools/gymplan_generate`: make the package importable
    sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

from gymplan_generate import __doc__ as USAGE
from gymplan_generate.common import FILES, SMALL, SMALL_PROFILES
from gymplan_generate.generator import Generator
from gymplan_generate.real import read_real
from gymplan_generate.verify import REPOSITORY, verify


def main():
    default_data = os.path.normpath(os.path.join(REPOSITORY, "..", "shared", "data"))
    p = argparse.ArgumentParser(prog="gymplan_generate", description=USAGE, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--seed", type=int, required=True)
    p.add_argument("--scale", required=True, help="national | small | municipalities:GM0363,GM0599")
    p.add_argument("--school-year", dest="school_years", action="append")
    p.add_argument("--profile", default="")
    p.add_argument("--data", default=default_data)
    p.add_argument("--verify", action="store_true")
    p.add_argument("--gymplan")
    p.add_argument("--database-url")
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

    if not os.path.isdir(os.path.join(args.data, "duo")):
        p.error(f"the real files (duo/, cbs/, pc4/) are not in {args.data}: name their folder with --data DIR")
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
    print(f"gymplan_generate: seed {args.seed}, scale {args.scale}, school years {', '.join(args.school_years)} -> {args.outdir} "
          f"({time.time() - started:.1f} s)", file=sys.stderr)
    print("  " + ", ".join(f"{name} {len(gen.rows[name])}" for name in FILES), file=sys.stderr)
    print("  municipality profiles: " + ", ".join(f"{k} {v}" for k, v in sorted(profiles.items())), file=sys.stderr)
    if len(munis) <= 12:
        print("  " + ", ".join(f"{m} {gen.cbs[m][0]} {gen.profile(m)}" for m in sorted(munis)), file=sys.stderr)
    if args.verify:
        sys.exit(verify(args.outdir, args.school_years, args.gymplan, args.database_url))


if __name__ == "__main__":
    main()
