#!/usr/bin/env bash
# Starts (or stops) a throwaway PostgreSQL server on 127.0.0.1 for tests.
#   scripts/pg-server.sh start DIR PORT   the server on PORT; prints nothing but errors
#   scripts/pg-server.sh start DIR        a port that is free now, printed on stdout (tried up to 5 times: a fixed
#                                         port in the ephemeral range can be held by any outgoing connection)
#   scripts/pg-server.sh stop DIR
#   scripts/pg-server.sh binaries             exit 0 when the server binaries are installed (npm test: a server that
#                                         did not start is a failure then, not a skip)
# Loopback only, trust auth, data in DIR. When the server cannot start, the end of its log goes to stderr.
set -euo pipefail
cmd=${1:?start|stop|binaries}; [ "$cmd" = binaries ] || dir=${2:?data directory}; port=${3:-}
PGBIN=$(pg_config --bindir 2>/dev/null || true)
if [ ! -x "$PGBIN/initdb" ]; then PGBIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1); fi
[ -x "$PGBIN/initdb" ] || { echo "pg-server: PostgreSQL server binaries not found (apt-get install -y postgresql)" >&2; exit 1; }
as_pg() { if [ "$(id -u)" = 0 ]; then su postgres -s /bin/sh -c "$*"; else sh -c "$*"; fi; }
free_port() { node -e 'const s = require("net").createServer().listen(0, "127.0.0.1", () => { console.log(s.address().port); s.close(); })'; }
start_on() {
  as_pg "$PGBIN/pg_ctl -D '$dir/data' -l '$dir/log' -o \"-c listen_addresses=127.0.0.1 -p $1 -k '$dir' -c fsync=off\" -w start >/dev/null"
}
case "$cmd" in
  start)
    mkdir -p "$dir"; [ "$(id -u)" = 0 ] && chown postgres: "$dir"
    if [ ! -f "$dir/data/PG_VERSION" ]; then as_pg "$PGBIN/initdb -D '$dir/data' -U postgres --auth=trust -E UTF8 >/dev/null"; fi
    if [ -n "$port" ]; then
      start_on "$port" || { echo "pg-server: could not start on port $port; its log ends:" >&2; tail -n 20 "$dir/log" >&2; exit 1; }
    else
      for attempt in 1 2 3 4 5; do
        port=$(free_port)
        if start_on "$port" 2>/dev/null; then echo "$port"; exit 0; fi
        echo "pg-server: attempt $attempt on port $port failed; its log ends:" >&2; tail -n 5 "$dir/log" >&2
      done
      exit 1
    fi
    ;;
  stop)
    as_pg "$PGBIN/pg_ctl -D '$dir/data' -m fast -w stop >/dev/null" || true
    ;;
  binaries) ;; # found: the check above exits 1 otherwise
  *) echo "usage: $0 start DIR [PORT] | stop DIR | binaries" >&2; exit 2 ;;
esac
