#!/usr/bin/env bash
# Roster benchmark (issue 14): `gymplan roster` at national scale with and without specialists (time,
# peak memory, lessons against the upper bound), then side by side with FET (Debian `fet`, `fet-cl`)
# on single municipalities generated on their own: the same problem, converted to FET's format by
# `gymplan-bench roster-fet` as far as FET can express it, and FET's timetable judged by gymplan's
# own check of section 6. Prints figures only; nothing is asserted.
#
# usage: scripts/bench/roster-bench.sh [DATA_FOLDER]
#   DATA_FOLDER: a national data set of tools/gymplan_generate (generated when not given).
#   GYMPLAN, GYMPLAN_BENCH: the binaries (default: release builds in .build/release).
#   FET_SECONDS: FET's time limit per problem (default 30).
#   ROSTER_MUNICIPALITIES: code=profile pairs for the FET comparison
#     (default: GM0503=normal GM0014=normal GM0603=tight).
set -euo pipefail

root=$(cd "$(dirname "$0")/../.." && pwd)
fet_seconds=${FET_SECONDS:-30}
municipalities=(${ROSTER_MUNICIPALITIES:-GM0503=normal GM0014=normal GM0603=tight})
seed=20191001
source "$root/scripts/bench/throwaway-cluster.sh"
bench_setup roster "${1:-generated below}"
if [[ -z "${1:-}" ]]; then
    data="$work/national"
    python3 "$root/tools/gymplan_generate" --seed "$seed" --scale national "$data" >&2
fi
start_throwaway_cluster

if ! command -v fet-cl >/dev/null; then
    if [[ $(id -u) == 0 ]]; then
        echo "installing fet" >&2
        apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends fet >/dev/null
    else
        echo "FET is not installed (as root: apt-get install -y fet); the comparison is skipped" >&2
    fi
fi

# load DB FOLDER: a database holding the data set of FOLDER.
load() {
    psql_db postgres -c "CREATE DATABASE $1"
    DATABASE_URL="postgresql://gymplan@/$1?host=$cluster/run" "$gymplan" import "$2" 2> "$work/import.log" \
        || { cat "$work/import.log" >&2; exit 1; }
    psql_db "$1" -c "ANALYZE"
}

# roster DB LABEL TARGET [ARGS...]: one timed `gymplan roster` on DB; prints a table row and leaves
# the document in $work/DB.json.
roster() {
    local db=$1 label=$2 target=$3; shift 3
    /usr/bin/time -f "%e %M %U %S" -o "$work/time" env DATABASE_URL="postgresql://gymplan@/$db?host=$cluster/run" \
        "$gymplan" roster --school-year "$year" --format json --output "$work/$db.json" "$@" 2> "$work/stderr" \
        || { cat "$work/stderr" >&2; exit 1; }
    read -r elapsed kilobytes user system < <(tail -1 "$work/time")
    python3 - "$work/$db.json" "$label" "$elapsed" "$kilobytes" "$target" "$(grep -o 'read [0-9.]* s, roster [0-9.]* s' "$work/stderr")" \
        "$(echo "$user + $system" | bc)" <<'PY'
import json, sys
document, label, elapsed, kilobytes, target, inner, cpu = sys.argv[1:]
s = json.load(open(document))["summary"]
share = 100 * s["lessons_scheduled"] / max(1, s["lessons_upper_bound"])
print(f"| {label} | {s['classes']:,} | {s['lessons_required']:,} | {s['lessons_scheduled']:,} | {s['lessons_upper_bound']:,} "
      f"| {share:.2f}% | {float(elapsed):.2f} s ({inner}) | {float(cpu):.2f} s | {int(kilobytes) // 1024} MiB | {target} |")
PY
}

year=$(awk -F, 'NR == 2 { print $1 }' "$data/classes.csv")
load national "$data"
psql_db postgres -c "CREATE DATABASE plain TEMPLATE national"
# The same data without specialists: every specialist becomes a broadly qualified teacher.
psql_db plain -c "UPDATE teacher SET qualification = 'broad_course' WHERE qualification = 'specialist'"
printf 'school year %s: %s\n\n' "$year" \
    "$(psql_db national -At -c "SELECT (SELECT count(*) FROM school) || ' schools, ' || (SELECT count(*) FROM gym) || ' gyms, ' || (SELECT count(*) FROM teacher WHERE qualification = 'specialist') || ' specialists'")"
echo '| roster | classes | lessons required | scheduled | upper bound | scheduled / bound | time end to end (read, solve) | CPU time | peak memory | target |'
echo '|---|---|---|---|---|---|---|---|---|---|'
roster plain "national, no specialists" "< 10 s, < 1 GB"
roster national "national, with specialists" "< 30 s, >= 98%"

echo
echo "Side by side with FET $(dpkg-query -W -f='${Version}' fet 2>/dev/null || true) (fet-cl, time limit $fet_seconds s); each municipality generated on its own (tools/gymplan_generate --scale municipalities:CODE --profile CODE=PROFILE), so both solve the same problem, once as generated and once with its specialists made ordinary teachers (no R5). Lessons FET places are judged by gymplan's check of section 6. Walking: the sum of the lessons' one-way walks."
echo
echo '| municipality | specialists | solver | lessons | placed | breaking a rule | walking | time |'
echo '|---|---|---|---|---|---|---|---|'
# side_by_side DB LABEL SPECIALISTS: gymplan's and FET's rows for the problem in DB.
side_by_side() {
    local db=$1 label=$2 specialists=$3 url="postgresql://gymplan@/$1?host=$cluster/run"
    /usr/bin/time -f "%e" -o "$work/time" env DATABASE_URL="$url" \
        "$gymplan" roster --school-year "$year" --format json --output "$work/$db.json" 2> "$work/stderr"
    python3 - "$work/$db.json" "$label" "$specialists" "$(tail -1 "$work/time")" "$(grep -o 'read [0-9.]* s, roster [0-9.]* s' "$work/stderr")" <<'PY'
import json, sys
document, label, specialists, elapsed, inner = sys.argv[1:]
d = json.load(open(document)); s = d["summary"]
minutes = sum(lesson["walking_minutes"] for lesson in d["lessons"])
print(f"| {label} | {specialists} | gymplan | {s['lessons_required']:,} (at most {s['lessons_upper_bound']:,}) | {s['lessons_scheduled']:,} | 0 "
      f"| {minutes:,} min, {s['walking_distance_m']:,} m | {float(elapsed):.2f} s ({inner}) |")
PY
    command -v fet-cl >/dev/null || return 0
    "$bench" roster-fet --database-url "$url" --school-year "$year" --output "$work/$db.fet" 2>/dev/null
    local start elapsed activities outcome score
    start=$(date +%s.%N)
    timeout $((fet_seconds + 60)) fet-cl --inputfile="$work/$db.fet" --outputdir="$work/$db-fet" --timelimitseconds="$fet_seconds" \
        --htmllevel=0 --writetimetableconflicts=false --writetimetablesstatistics=false --writetimetablesdayshorizontal=false \
        --writetimetablesdaysvertical=false --writetimetablestimehorizontal=false --writetimetablestimevertical=false \
        --writetimetablessubgroups=false --writetimetablesgroups=false --writetimetablesyears=false --writetimetablesteachers=false \
        --writetimetablesteachersfreeperiods=false --writetimetablesrooms=false --writetimetablessubjects=false > "$work/$db-fet.log" 2>&1 || true
    elapsed=$(echo "$(date +%s.%N) - $start" | bc)
    # FET's activities table (*_activities.xml) holds each activity's day, hour and room; FET 6.8.5
    # leaves it out with --writetimetablesactivitytags=false too, so that flag is not given.
    if grep -q "Simulation successful" "$work/$db-fet.log"; then
        outcome="complete"
        activities=$(find "$work/$db-fet/timetables" -name '*_activities.xml' | grep -v -e -highest/ -e -current/ | head -1)
    elif grep -q "Time exceeded" "$work/$db-fet.log"; then
        outcome="stuck, stopped at its time limit"
        activities=$(find "$work/$db-fet/timetables" -name '*_activities.xml' | grep -e -highest/ | head -1)
    else
        # FET refuses data it sees it cannot place in full, and says why in its first message.
        printf '| %s | %s | FET | | refused: %s | | | %.2f s |\n' "$label" "$specialists" \
            "$(grep -m1 '^Message:' "$work/$db-fet.log" | sed 's/^Message: //; s/|/\\|/g')" "$elapsed"
        return 0
    fi
    score=$("$bench" roster-fet --database-url "$url" --school-year "$year" --score "$activities")
    local placed valid walking_minutes walking_m conflicts
    eval "$(echo "$score" | tr ' ' '\n' | grep -E '^(activities|placed|valid|walking_minutes|walking_m|conflicts)=' | sed 's/^activities=/given=/')"
    printf '| %s | %s | FET (%s) | %s given to FET | %s | %s (%s) | %s min, %s m | %.2f s |\n' "$label" "$specialists" "$outcome" \
        "$given" "$placed" "$((placed - valid))" "$conflicts" "$walking_minutes" "$walking_m" "$elapsed"
}
for pair in "${municipalities[@]}"; do
    code=${pair%%=*} profile=${pair#*=}
    folder="$work/$code"
    python3 "$root/tools/gymplan_generate" --seed "$seed" --scale "municipalities:$code" --profile "$code=$profile" "$folder" >/dev/null 2>&1
    db=$(echo "$code" | tr 'A-Z' 'a-z')
    load "$db" "$folder"
    psql_db postgres -c "CREATE DATABASE ${db}_plain TEMPLATE $db"
    psql_db "${db}_plain" -c "UPDATE teacher SET qualification = 'broad_course' WHERE qualification = 'specialist'"
    name=$(awk -F, -v code="$code" '$1 == code { print $2 }' "$folder/municipalities.csv")
    side_by_side "${db}_plain" "$name ($code, $profile)" "none"
    side_by_side "$db" "$name ($code, $profile)" "$(psql_db "$db" -At -c "SELECT count(*) FROM teacher WHERE qualification = 'specialist'")"
done
