#!/usr/bin/env bash
# Investment plan benchmark (issue 15): `gymplan invest` for the whole country (target < 30 s with at
# least 95% of the components proven optimal) and for one municipality's data alone (< 1 s), database
# reads included, each with its CPU time (user + sys, from /usr/bin/time: the honest figure on a busy
# machine) and the load average; the one-municipality cases are generated with a forced accommodation
# profile (GM0363=tight: Amsterdam with too few gym hours, one component of about 200 schools, the
# hard case). Then, on a few municipalities' data cut from the national set, the same capacitated
# location problem as PySAL spopt can express it (scripts/bench/invest-spopt.py, PuLP's CBC; installed
# into a venv in the work folder), side by side: both costs and times.
#
# usage: scripts/bench/invest-bench.sh [DATA_FOLDER]
#   DATA_FOLDER: contract files; generated with import-generate.py when not given.
#   GYMPLAN: the binary (default: a release build in .build/release).
#   MUNICIPALITIES: the one-municipality cases, CODE=PROFILE (default GM0603=tight GM0363=tight).
#   SPOPT_MUNICIPALITIES: the codes to compare with spopt (default: the three with the most unmet
#   lessons among those with at most 40 schools).
set -euo pipefail

root=$(cd "$(dirname "$0")/../.." && pwd)
source "$root/scripts/bench/throwaway-cluster.sh"
GYMPLAN_BENCH=${GYMPLAN_BENCH:-unused} bench_setup invest "${1:-}"
start_throwaway_cluster
now() { date +%s.%N; }

load() {  # load DATABASE FOLDER
    psql -X -q -h "$cluster/run" -U gymplan -d postgres -c "CREATE DATABASE $1"
    DATABASE_URL="postgresql://gymplan@/$1?host=$cluster/run" "$gymplan" import "$2" >/dev/null 2>&1
    psql -X -q -h "$cluster/run" -U gymplan -d "$1" -c "VACUUM ANALYZE"
}

invest() {  # invest DATABASE OUTPUT [ARGS...]: prints the wall seconds, CPU seconds (user + sys) and load average
    local start load
    load=$(cut -d' ' -f1 /proc/loadavg)
    start=$(now)
    DATABASE_URL="postgresql://gymplan@/$1?host=$cluster/run" /usr/bin/time -f '%U %S' -o "$2.time" "$gymplan" invest \
        --school-year "$year" --format json --output "$2" "${@:3}" 2> "$2.err" || { cat "$2.err" >&2; exit 1; }
    printf '%.2f s wall, %.2f s CPU, load %s' "$(echo "$(now) - $start" | bc)" "$(awk '{print $1 + $2}' "$2.time")" "$load"
}

summary() {  # summary JSON: unmet before/after, cost, components proven
    python3 -c "import json,sys; s=json.load(open(sys.argv[1]))['summary']; print(f\"unmet {s['unmet_lessons_before']} -> {s['unmet_lessons_after']}, \
{s['new_gyms']} new gyms, {s['bus_lessons']} bus lessons, {s['extra_lessons']} extra lessons, EUR {s['cost_eur_per_year']:.2f} a year \
(lower bound {s['cost_lower_bound_eur_per_year']:.2f}), {s['components_proven_optimal']} of {s['components']} components proven \
optimal ({100*s['components_proven_optimal']/max(s['components'],1):.1f}%)\")" "$1"
}

load national "$data"
year=${SCHOOL_YEAR:-$(psql -X -At -h "$cluster/run" -U gymplan -d national -c "SELECT max(school_year) FROM class")}
echo "data: $(psql -X -At -h "$cluster/run" -U gymplan -d national -c "SELECT (SELECT count(*) FROM school) || ' schools, ' || (SELECT count(*) FROM gym) || ' gyms'"); school year $year"

seconds=$(invest national "$work/national.json")
printf 'national plan:        %s (target < 30 s); %s\n' "$seconds" "$(summary "$work/national.json")"
printf '  %s\n' "$(grep 'components proven' "$work/national.json.err")"
seconds=$(invest national "$work/national-nobus.json" --bus-max-distance-m 0)
printf 'national, no buses:   %s; %s\n' "$seconds" "$(summary "$work/national-nobus.json")"
start=$(now)
DATABASE_URL="postgresql://gymplan@/national?host=$cluster/run" "$gymplan" export --school-year "$year" --with-plan --format html \
    --output "$work/report.html" 2>/dev/null
printf 'export --with-plan --format html (plans twice): %.2f s wall\n' "$(echo "$(now) - $start" | bc)"

for entry in ${MUNICIPALITIES:-GM0603=tight GM0363=tight}; do
    code=${entry%%=*}
    database=one_$(echo "$code" | tr 'A-Z' 'a-z')
    python3 "$root/tools/gymplan_generate" --seed 20191001 --scale "municipalities:$code" --profile "$entry" "$work/$entry" >/dev/null 2>&1
    load "$database" "$work/$entry"
    seconds=$(invest "$database" "$work/$entry.json")
    printf '%s alone (%s schools): %s (target < 1 s); %s\n' "$entry" \
        "$(psql -X -At -h "$cluster/run" -U gymplan -d "$database" -c "SELECT count(*) FROM school")" "$seconds" "$(summary "$work/$entry.json")"
done

codes=${SPOPT_MUNICIPALITIES:-$(python3 - "$work/national.json" "$data/schools.csv" <<'PY'
import csv, json, sys
counts = {}
for row in csv.DictReader(open(sys.argv[2], newline="")):
    counts[row["municipality_code"]] = counts.get(row["municipality_code"], 0) + 1
plan = json.load(open(sys.argv[1]))["municipalities"]
ranked = sorted((m for m in plan if counts.get(m["code"], 0) <= 40 and m["unmet_lessons_before"] > 0),
                key=lambda m: (-m["unmet_lessons_before"], m["code"]))
print(" ".join(m["code"] for m in ranked[:3]))
PY
)}

venv="$work/spopt-venv"
python3 -m venv "$venv"
"$venv/bin/pip" install -q spopt pulp >/dev/null 2>&1 || { echo "skipped spopt: pip install spopt pulp failed"; codes=""; }
for code in $codes; do
    python3 "$root/scripts/bench/invest-subset.py" "$data" "$code" "$work/$code"
    database=m_$(echo "$code" | tr 'A-Z' 'a-z')
    load "$database" "$work/$code"
    seconds=$(invest "$database" "$work/$code.json")
    DATABASE_URL="postgresql://gymplan@/$database?host=$cluster/run" "$gymplan" export --school-year "$year" --output "$work/$code-export.json" 2>/dev/null
    printf '%s alone: gymplan invest %s (target < 1 s); %s\n' "$code" "$seconds" "$(summary "$work/$code.json")"
    printf '  spopt PMedian (capacitated, CBC): %s\n' "$("$venv/bin/python" "$root/scripts/bench/invest-spopt.py" "$work/$code" "$work/$code-export.json")"
done
