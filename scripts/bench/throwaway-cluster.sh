# Sourced by the benchmark scripts: a throwaway PostgreSQL cluster in "$work/pg" (Unix socket
# only), stopped and removed with "$work" when the script exits. Defines psql_db DB [ARGS...].
# As root the server runs as the postgres user, as in gymplan's own embedded cluster.
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
