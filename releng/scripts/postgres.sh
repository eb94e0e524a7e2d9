#!/bin/sh
# Starts or stops a throw-away PostgreSQL server (Debian's `postgresql` package, version 15 or newer) for the tests
# and the demo, in a folder of ours, as a non-root user, on 127.0.0.1 and a free port, with password authentication.
#   postgres.sh start <dir>   prints, and writes to <dir>/env, the line
#                             MUTUALIS_TEST_POSTGRES=jdbc:postgresql://127.0.0.1:<port>/postgres?user=<u>&password=<p>
#   postgres.sh stop <dir>    stops the server started in <dir> (its data stays in <dir>/pgdata)
# A second `start` on a folder whose server still runs only prints its line again.
set -e
usage() { echo "usage: $0 start|stop <dir>" >&2; exit 2; }
[ $# -eq 2 ] || usage
ACTION=$1
mkdir -p "$2"
DIR=$(cd "$2" && pwd)
PGDATA="$DIR/pgdata"

fail() { echo "postgres.sh: $*" >&2; exit 1; }

bindir() {
  for v in $(ls /usr/lib/postgresql 2>/dev/null | sort -rn); do
    if [ "$v" -ge 15 ] 2>/dev/null && [ -x "/usr/lib/postgresql/$v/bin/pg_ctl" ]; then
      echo "/usr/lib/postgresql/$v/bin"; return 0
    fi
  done
  return 1
}

# as_owner CMD...: runs CMD as the owner of the cluster (initdb and postgres refuse to run as root)
as_owner() {
  if [ "$(id -u)" -eq 0 ]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

case "$ACTION" in
  start)
    BIN=$(bindir) || fail "no PostgreSQL 15 or newer in /usr/lib/postgresql: install Debian's package (apt-get install -y postgresql), .ci/run does it"
    if [ "$(id -u)" -eq 0 ]; then
      id postgres >/dev/null 2>&1 || fail "running as root needs the system user 'postgres' (created by Debian's postgresql package)"
      chown postgres "$DIR"
    fi
    if [ -f "$DIR/env" ] && as_owner "$BIN/pg_ctl" -D "$PGDATA" status >/dev/null 2>&1; then
      cat "$DIR/env"; exit 0
    fi
    USER_NAME=mutualis_test
    if [ ! -f "$PGDATA/PG_VERSION" ]; then
      PASSWORD=$(od -An -N12 -tx1 /dev/urandom | tr -d ' \n')
      (umask 077; echo "$PASSWORD" > "$DIR/pwfile")
      [ "$(id -u)" -eq 0 ] && chown postgres "$DIR/pwfile"
      as_owner "$BIN/initdb" -D "$PGDATA" -U "$USER_NAME" --pwfile="$DIR/pwfile" --auth=scram-sha-256 \
        --encoding=UTF8 --locale=C.UTF-8 > "$DIR/initdb.log" 2>&1 || { cat "$DIR/initdb.log" >&2; fail "initdb failed in $PGDATA"; }
    fi
    PASSWORD=$(cat "$DIR/pwfile")
    PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])' 2>/dev/null \
      || shuf -i 20000-60000 -n 1)
    # Sockets in our folder, not /var/run/postgresql (which may not exist or belong to another server).
    as_owner "$BIN/pg_ctl" -D "$PGDATA" -l "$DIR/postgres.log" -w -t 60 \
      -o "-c listen_addresses=127.0.0.1 -p $PORT -k $DIR -c synchronous_commit=off -c max_connections=300 -c shared_buffers=64MB" \
      start > /dev/null || { tail -20 "$DIR/postgres.log" >&2; fail "PostgreSQL did not start (log: $DIR/postgres.log)"; }
    LINE="MUTUALIS_TEST_POSTGRES=jdbc:postgresql://127.0.0.1:$PORT/postgres?user=$USER_NAME&password=$PASSWORD"
    echo "$LINE" > "$DIR/env"
    echo "$LINE"
    ;;
  stop)
    BIN=$(bindir) || fail "no PostgreSQL 15 or newer in /usr/lib/postgresql"
    if [ -f "$PGDATA/PG_VERSION" ]; then
      as_owner "$BIN/pg_ctl" -D "$PGDATA" -m fast -w stop > /dev/null 2>&1 || true
    fi
    rm -f "$DIR/env"
    ;;
  *) usage ;;
esac
