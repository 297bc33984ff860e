#!/usr/bin/env bash
# Import benchmark (issue 3): a national-scale data set imported by `gymplan import` into an empty,
# migrated database, against the floor of plain `psql \copy` of the same files into bare text
# tables. Prints both times, the ratio (target: at most 4) and gymplan's peak memory, and checks
# that every constraint of the schema is in force (validated) afterwards.
#
# usage: scripts/bench/import-bench.sh [DATA_FOLDER]
#   DATA_FOLDER: the eight contract files (and the opening hours and dataset.csv, when there);
#     generated with import-generate.py when not given.
#   GYMPLAN: the gymplan binary (default: a release build in .build/release).
#   RUNS: timed runs of each side, alternated, best taken (default 3).
# Each run also prints the CPU of both sides: the client's (psql or gymplan) and the server's.
set -euo pipefail

root=$(cd "$(dirname "$0")/../.." && pwd)
runs=${RUNS:-3}
source "$root/scripts/bench/throwaway-cluster.sh"
bench_setup import "${1:-}"
start_throwaway_cluster

now() { date +%s.%N; }

# CPU seconds the server has spent so far: the postmaster's own and its reaped children's (each
# backend, once its client is gone), and those of the children still running (checkpointer, WAL
# writer). Read after a side's run, once its backend has exited.
ticks=$(getconf CLK_TCK)
server_cpu() {
    local postmaster children
    postmaster=$(head -1 "$cluster/data/postmaster.pid")
    children=$(ps -o pid= --ppid "$postmaster" | tr '\n' ' ')
    # shellcheck disable=SC2086
    cat "/proc/$postmaster/stat" $(printf '/proc/%s/stat ' $children) 2>/dev/null | awk -v hz="$ticks" '
        { sub(/^.*\) /, ""); t += $12 + $13; if (NR == 1) t += $14 + $15 } END { printf "%.2f", t / hz }'
}
# The CPU of one side's run: the client's (user + system, from time) and the server's.
cpu_of_run() { # START_SERVER_CPU TIME_FILE
    sleep 0.3 # the backend exits after its client
    printf 'client %.2f s + server %.2f s' "$(tail -1 "$2" | awk '{ print $1 + $2 }')" \
        "$(echo "$(server_cpu) - $1" | bc)"
}

# The floor copies the same files as the import reads: the eight of section 2, and the opening
# hours (section 6) and the description of the data set (section 7) when the folder has them.
files=(municipalities schools gyms distances teachers classes lessons grants)
for optional in gym_hours school_hours dataset; do
    [[ -f "$data/$optional.csv" ]] && files+=("$optional")
done

# The floor: \copy into bare text tables (one text column per header column), one transaction.
floor_script="$work/floor.sql"
: > "$floor_script"
for name in "${files[@]}"; do
    header=$(head -1 "$data/$name.csv")
    echo "CREATE TABLE $name (\"$(echo "$header" | sed 's/,/" text, "/g')\" text);" >> "$floor_script"
done
echo "BEGIN;" >> "$floor_script"
for name in "${files[@]}"; do
    echo "\\copy $name FROM '$data/$name.csv' WITH (FORMAT csv, HEADER true)" >> "$floor_script"
done
echo "COMMIT;" >> "$floor_script"

# The two sides alternate, run by run, so that a machine loaded by others weighs on both alike;
# the best of each is taken.
floor_best=
import_best=
peak_kb=0
ratios=()
for run in $(seq "$runs"); do
    psql_db postgres -c "DROP DATABASE IF EXISTS floor" -c "CREATE DATABASE floor"
    sleep 0.3
    cpu_start=$(server_cpu)
    start=$(now)
    /usr/bin/time -f "%U %S" -o "$work/floor-cpu" psql -X -q -v ON_ERROR_STOP=1 -h "$cluster/run" -U gymplan -d floor -f "$floor_script"
    elapsed=$(echo "$(now) - $start" | bc)
    if [[ -z "$floor_best" ]] || (( $(echo "$elapsed < $floor_best" | bc) )); then floor_best=$elapsed; fi
    floor_run=$elapsed
    floor_cpu=$(cpu_of_run "$cpu_start" "$work/floor-cpu")

    # gymplan import into an empty, migrated database (the migration is not timed).
    psql_db postgres -c "DROP DATABASE IF EXISTS bench" -c "CREATE DATABASE bench"
    export DATABASE_URL="postgresql://gymplan@/bench?host=$cluster/run"
    "$gymplan" db migrate 2>/dev/null
    sleep 0.3
    cpu_start=$(server_cpu)
    start=$(now)
    /usr/bin/time -f "%U %S %M" -o "$work/peak" "$gymplan" import "$data" 2> "$work/import.log" || { cat "$work/import.log" >&2; exit 1; }
    elapsed=$(echo "$(now) - $start" | bc)
    if [[ -z "$import_best" ]] || (( $(echo "$elapsed < $import_best" | bc) )); then import_best=$elapsed; fi
    import_cpu=$(cpu_of_run "$cpu_start" "$work/peak")
    peak=$(tail -1 "$work/peak" | awk '{ print $3 }')
    (( peak > peak_kb )) && peak_kb=$peak
    printf 'run %d: psql \\copy %.3f s, gymplan import %.3f s (%.2fx); CPU: floor %s, import %s\n' "$run" \
        "$floor_run" "$elapsed" "$(echo "scale=4; $elapsed / $floor_run" | bc)" "$floor_cpu" "$import_cpu" >&2
    ratios+=("$(echo "scale=4; $elapsed / $floor_run" | bc)")
done
median=$(printf '%s\n' "${ratios[@]}" | sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }')

cat "$work/import.log" >&2
invalid=$(psql_db bench -At -c "SELECT count(*) FROM pg_constraint c JOIN pg_namespace n ON n.oid = c.connamespace WHERE n.nspname = 'public' AND NOT c.convalidated")
foreign_keys=$(psql_db bench -At -c "SELECT count(*) FROM pg_constraint WHERE contype = 'f' AND connamespace = 'public'::regnamespace")
rows=$(psql_db bench -At -c "SELECT (SELECT count(*) FROM school) + (SELECT count(*) FROM gym) + (SELECT count(*) FROM distance) + (SELECT count(*) FROM class) + (SELECT count(*) FROM lesson) + (SELECT count(*) FROM teacher) + (SELECT count(*) FROM grant_application) + (SELECT count(*) FROM municipality) + (SELECT count(*) FROM gym_hours) + (SELECT count(*) FROM school_hours) + (SELECT count(*) FROM dataset_source)")
ratio=$(echo "scale=2; $import_best / $floor_best" | bc)
printf 'rows imported:            %s\n' "$rows"
printf 'psql \\copy (floor):       %.3f s\n' "$floor_best"
printf 'gymplan import:           %.3f s  (best against the best floor: %sx)\n' "$import_best" "$ratio"
printf 'median ratio of the runs: %.2fx (each run against its own floor; target <= 4x)\n' "$median"
printf 'gymplan peak memory:      %d MiB\n' $((peak_kb / 1024))
printf 'foreign keys in force:    %s (not validated constraints: %s)\n' "$foreign_keys" "$invalid"
