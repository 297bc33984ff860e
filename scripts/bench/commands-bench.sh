#!/usr/bin/env bash
# Every planning command at national scale (issue 8): one database holding the national data set,
# then each command end to end through the command line, best of RUNS, with its peak memory
# (GNU time's maximum resident set size). Prints a Markdown table.
#
# usage: scripts/bench/commands-bench.sh [DATA_FOLDER]
#   DATA_FOLDER: the eight contract files (generated with import-generate.py when not given).
#   GYMPLAN: the gymplan binary (default: a release build in .build/release).
#   RUNS: timed runs of each command (default 3).
set -euo pipefail

root=$(cd "$(dirname "$0")/../.." && pwd)
runs=${RUNS:-3}
source "$root/scripts/bench/throwaway-cluster.sh"
bench_setup commands "${1:-}"
start_throwaway_cluster

psql_db postgres -c "CREATE DATABASE bench"
export DATABASE_URL="postgresql://gymplan@/bench?host=$cluster/run"
"$gymplan" import "$data" 2> "$work/import.log" || { cat "$work/import.log" >&2; exit 1; }
psql_db bench -c "ANALYZE"
year=$(psql_db bench -At -c "SELECT max(school_year) FROM class")

# measure LABEL TARGET ARGS...: the best time and the peak memory of `gymplan ARGS` over RUNS runs.
measure() {
    local label=$1 target=$2; shift 2
    local best=999999 peak=0 elapsed kilobytes
    for _ in $(seq "$runs"); do
        rm -rf "$work/out"
        /usr/bin/time -f "%e %M" -o "$work/time" "$gymplan" "$@" > "$work/stdout" 2> "$work/stderr" \
            || { echo "gymplan $*: failed" >&2; cat "$work/stderr" >&2; exit 1; }
        read -r elapsed kilobytes < <(tail -1 "$work/time")
        best=$(echo "if ($elapsed < $best) $elapsed else $best" | bc)
        (( kilobytes > peak )) && peak=$kilobytes
    done
    printf '| `%s` | %.2f s | %d MiB | %s |\n' "$label" "$best" $((peak / 1024)) "$target"
}

printf 'national data set, school year %s: %s\n\n' "$year" \
    "$(psql_db bench -At -c "SELECT (SELECT count(*) FROM school) || ' schools, ' || (SELECT count(*) FROM gym) || ' gyms, ' || (SELECT count(*) FROM lesson) || ' lessons, ' || (SELECT count(*) FROM grant_application) || ' grants'")"
echo '| command | best time | peak memory | target |'
echo '|---|---|---|---|'
measure "flags --format json"              "< 1 s"  flags --school-year "$year" --format json
measure "flags --format table"             "< 1 s"  flags --school-year "$year"
measure "trend"                            ""       trend
measure "capacity"                         "< 2 s"  capacity --school-year "$year" --format json
measure "capacity --max-distance-m 5000"   "< 2 s"  capacity --school-year "$year" --max-distance-m 5000 --format json
measure "capacity --separate-days"         "< 2 s"  capacity --school-year "$year" --separate-days --format json
measure "grants"                           ""       grants --format json
measure "grants --by municipality"         ""       grants --by municipality --format json
measure "grants --projection"              ""       grants --projection --school-year "$year" --format json
measure "export --format json"             "< 2 s, < 300 MB"  export --school-year "$year" --output "$work/out"
measure "export --format csv"              "< 2 s, < 300 MB"  export --school-year "$year" --format csv --output "$work/out"
measure "export --format html"             "< 2 s, < 300 MB"  export --school-year "$year" --format html --output "$work/out"
measure "db status"                        ""       db status
