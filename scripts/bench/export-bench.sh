#!/usr/bin/env bash
# Export benchmark (issue 7): the national ministry export in each format (JSON, CSV, HTML), wall
# time and peak memory (targets: under 2 s and under 300 MB per format).
#
# usage: scripts/bench/export-bench.sh [DATA_FOLDER]
#   DATA_FOLDER: contract files; generated with import-generate.py when not given.
#   GYMPLAN: the gymplan binary (default: .build/release/gymplan). RUNS: best of (default 3).
set -euo pipefail

root=$(cd "$(dirname "$0")/../.." && pwd)
runs=${RUNS:-3}
work=$(mktemp -d /tmp/gymplan-export-bench.XXXXXX)
chmod 755 "$work"
data=${1:-}
if [[ -z "$data" ]]; then
    data="$work/data"
    python3 "$root/scripts/bench/import-generate.py" "$data" >&2
fi
gymplan=${GYMPLAN:-$root/.build/release/gymplan}
[[ -x "$gymplan" ]] || (cd "$root" && swift build -c release --product gymplan >&2)

# gymplan's own embedded cluster, in a private folder for this run.
export GYMPLAN_HOME="$work/home"
unset DATABASE_URL PGHOST PGDATABASE
trap '"$gymplan" db stop >/dev/null 2>&1 || true; rm -rf "$work"' EXIT
"$gymplan" import "$data" >/dev/null 2>&1
year=${SCHOOL_YEAR:-$(tail -n +2 "$data/classes.csv" | cut -d, -f1 | sort -u | tail -1)}
"$gymplan" export --school-year "$year" --output "$work/warm.json" 2>/dev/null   # statistics, caches

printf '%-8s %10s %12s\n' format "best s" "peak MB"
for format in json csv html; do
    best=999999; peak=0
    for _ in $(seq "$runs"); do
        output="$work/out.$format"; rm -rf "$output"
        /usr/bin/time -f "%e %M" -o "$work/time" "$gymplan" export --school-year "$year" --format "$format" \
            --output "$output" 2>/dev/null
        read -r seconds kilobytes < "$work/time"
        ms=$(python3 -c "print(int(float('$seconds')*1000))")
        (( ms < best )) && best=$ms
        (( kilobytes > peak )) && peak=$kilobytes
    done
    printf '%-8s %10.2f %12d\n' "$format" "$(python3 -c "print($best/1000)")" $((peak / 1024))
done
