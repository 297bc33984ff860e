# Sourced by the benchmark scripts: a throwaway PostgreSQL cluster in "$work/pg" (Unix socket
# only), stopped and removed with "$work" when the script exits. Defines psql_db DB [ARGS...].
# As root the server runs as the postgres user, as in gymplan's own embedded cluster.

# bench_setup NAME [DATA_FOLDER]: a work folder ($work), the data set ($data: the folder given, or
# a national set generated into $work), and release binaries ($gymplan and $bench: GYMPLAN and
# GYMPLAN_BENCH, or built into .build/release).
bench_setup() {
    work=$(mktemp -d "/tmp/gymplan-$1-bench.XXXXXX")
    chmod 755 "$work"
    data=${2:-}
    if [[ -z "$data" ]]; then
        data="$work/data"
        python3 "$root/scripts/bench/import-generate.py" "$data" >&2
    fi
    gymplan=${GYMPLAN:-}
    bench=${GYMPLAN_BENCH:-}
    if [[ -z "$gymplan" || -z "$bench" ]]; then
        (cd "$root" && swift build -c release --product gymplan >&2 && swift build -c release --product gymplan-bench >&2)
        gymplan=${GYMPLAN:-$root/.build/release/gymplan}
        bench=${GYMPLAN_BENCH:-$root/.build/release/gymplan-bench}
    fi
}
start_throwaway_cluster() {
    bin=$(pg_config --bindir)
    cluster="$work/pg"
    mkdir -p "$cluster/run"
    as_server=()
    if [[ $(id -u) == 0 ]]; then
        chown -R postgres: "$cluster"
        as_server=(runuser -u postgres --)
    fi
    "${as_server[@]}" "$bin/initdb" -D "$cluster/data" -U gymplan -A trust -E UTF8 --locale=C.UTF-8 >/dev/null
    "${as_server[@]}" "$bin/pg_ctl" start -w -D "$cluster/data" -l "$cluster/log" \
        -o "-c listen_addresses='' -c unix_socket_directories=$cluster/run" >/dev/null
    trap stop_throwaway_cluster EXIT
}

stop_throwaway_cluster() {
    "${as_server[@]}" "$bin/pg_ctl" stop -m immediate -D "$cluster/data" >/dev/null 2>&1 || true
    rm -rf "$work"
}

psql_db() { psql -X -q -v ON_ERROR_STOP=1 -h "$cluster/run" -U gymplan -d "$1" "${@:2}"; }
