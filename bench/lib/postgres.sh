# A throw-away PostgreSQL 15 server for the benchmark, from the installed binaries (recipe: stack.md §8): a cluster in a
# temporary folder, trust authentication, fsync off, listening on 127.0.0.1 only. Sourced by bench/benchmark.sh.

PG_BIN=${BENCH_PG_BIN:-/usr/lib/postgresql/15/bin}
PG_DIR=""
PG_PORT=""

# initdb refuses root: as root, the cluster belongs to the user postgres
pg_as_owner() {
  if [[ $(id -u) == 0 ]]; then runuser -u postgres -- "$@"; else "$@"; fi
}

# pg_start FIRST_PORT LOG_COPY → starts the server on the first free port of FIRST_PORT…FIRST_PORT+9 and sets PG_PORT;
# prints why and returns 1 when it cannot. pg_stop copies the server's log to LOG_COPY.
pg_start() {
  local first_port=$1
  PG_LOG_COPY=$2
  if [[ ! -x $PG_BIN/initdb ]]; then
    echo "no PostgreSQL binaries in $PG_BIN (apt-get install postgresql-15)"
    return 1
  fi
  PG_DIR=$(mktemp -d /tmp/bench-pg.XXXXXX)
  [[ $(id -u) == 0 ]] && chown postgres:postgres "$PG_DIR"
  if ! pg_as_owner "$PG_BIN/initdb" -D "$PG_DIR/data" -U postgres -A trust -E UTF8 --no-locale --no-sync \
      > "$PG_DIR/initdb.log" 2>&1; then
    echo "initdb failed, see $PG_DIR/initdb.log"
    return 1
  fi
  local port
  for ((port = first_port; port < first_port + 10; port++)); do
    if pg_as_owner "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/server.log" -w -o "-p $port -k $PG_DIR \
        -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off" start \
        > /dev/null 2>&1; then
      PG_PORT=$port
      return 0
    fi
  done
  echo "PostgreSQL did not start on ports $first_port…$((first_port + 9)), see $PG_DIR/server.log"
  return 1
}

# pg_stop: stops the server, keeps its log, removes the cluster; nothing when none was started
pg_stop() {
  [[ -n $PG_DIR && -d $PG_DIR ]] || return 0
  pg_as_owner "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -m fast -w stop > /dev/null 2>&1 || true
  cp "$PG_DIR/server.log" "$PG_LOG_COPY" 2> /dev/null || true
  rm -rf "$PG_DIR"
  PG_DIR=""
}

# pg_fresh_database NAME → drops and creates the database, prints its JDBC URL
pg_fresh_database() {
  "$PG_BIN/psql" -h 127.0.0.1 -p "$PG_PORT" -U postgres -d postgres -v ON_ERROR_STOP=1 -q \
    -c "DROP DATABASE IF EXISTS $1" -c "CREATE DATABASE $1" > /dev/null
  echo "jdbc:postgresql://127.0.0.1:$PG_PORT/$1"
}
