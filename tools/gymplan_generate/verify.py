"""--verify: gymplan itself imports the generated files and reports the goals and obstacles it finds,
so the rules live in one place (gymplan), not in a copy here."""
import json
import os
import shutil
import subprocess
import sys
import tempfile

REPOSITORY = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def find_gymplan(explicit):
    """The binary named, else the repository's release or debug build, else gymplan on PATH."""
    if explicit:
        return explicit
    for configuration in ("release", "debug"):
        path = os.path.join(REPOSITORY, ".build", configuration, "gymplan")
        if os.access(path, os.X_OK):
            return path
    found = shutil.which("gymplan")
    if not found:
        sys.exit("gymplan_generate: --verify needs gymplan: build it (swift build) or name it with --gymplan PATH")
    return found


def share(count, total):
    return f"{100 * count / total:.0f}%" if total else "-"


def codes(items):
    return f"{len(items)} {items[:12]}{'...' if len(items) > 12 else ''}"


def year_report(run, year):
    """One line: the shares `gymplan flags` reports and the obstacles of `gymplan capacity`."""
    flags = json.loads(run(["flags", "--school-year", year, "--format", "json"]))
    capacity = json.loads(run(["capacity", "--school-year", year, "--format", "json"]))
    municipalities = flags["municipalities"]
    schools = sum(m["schools"] for m in municipalities)
    without_data = sum(m["schools_without_data"] for m in municipalities)
    lessons = sum(m["schools_meeting_lessons_goal"] for m in municipalities)
    qualified = sum(m["schools_meeting_qualified_goal"] for m in municipalities)
    with_data = schools - without_data
    distance = sum(1 for s in capacity["schools"] if s["distance_obstacle"])
    shortage = sum(1 for s in capacity["schools"] if s["capacity_obstacle"])
    distance_munis = sorted(m["code"] for m in capacity["municipalities"] if m["distance_obstacle"])
    capacity_munis = sorted(m["code"] for m in capacity["municipalities"] if m["capacity_obstacle"])
    return (f"{year}: schools {schools}; lessons goal met {lessons} ({share(lessons, with_data)}), "
            f"qualified goal met {qualified} ({share(qualified, with_data)}), no data {without_data}; "
            f"schools with distance obstacle {distance}, with capacity obstacle {shortage}; "
            f"municipalities with distance obstacle {codes(distance_munis)}, with capacity obstacle {codes(capacity_munis)}; "
            f"unmet lessons {capacity['unmet_lessons']} of {capacity['demand_lessons']}")


def verify(outdir, years, gymplan, database_url):
    """Imports `outdir` and prints a line per school year on standard error; returns the exit status."""
    gymplan = find_gymplan(gymplan)
    environment = {k: v for k, v in os.environ.items() if not k.startswith("PG") and k != "DATABASE_URL"}
    home = None
    if database_url:
        environment["DATABASE_URL"] = database_url
    else:
        folder = tempfile.mkdtemp(prefix="gymplan-verify-")
        os.chmod(folder, 0o755)  # as root the server runs as the postgres user, which must reach the home
        home = os.path.join(folder, "home")
        environment["GYMPLAN_HOME"] = home

    def run(arguments):
        done = subprocess.run([gymplan] + arguments, env=environment, capture_output=True, text=True)
        if done.returncode != 0:
            raise RuntimeError(f"gymplan {' '.join(arguments)} failed with status {done.returncode}:\n"
                               + (done.stderr.strip() or done.stdout.strip()))
        return done.stdout

    try:
        run(["import", outdir])
        for year in years:
            print("  verify: " + year_report(run, year), file=sys.stderr)
        return 0
    except RuntimeError as error:
        print(f"  verify: {error}", file=sys.stderr)
        return 1
    finally:
        if home:
            subprocess.run([gymplan, "db", "stop"], env=environment, capture_output=True)
            shutil.rmtree(os.path.dirname(home), ignore_errors=True)
