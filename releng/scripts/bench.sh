#!/bin/sh
# Runs the Mutualis benchmarks (issue 12): builds the products, starts the server product as a process, calls it over
# ECF as the rich client does and times each figure beside a raw baseline measured in the same run. Not part of the
# test command. Writes target/benchmarks/results.json and target/benchmarks/results.md (see docs/benchmarks.md).
#   releng/scripts/bench.sh            quick mode, about 10 minutes on 2 cores (agents 500/2,000, mandats 10k/100k)
#   releng/scripts/bench.sh --full     the sizes of issue 12 (agents 1,000/10,000, mandats up to 1M): 20-40 minutes
# Options: --jfr (a Flight Recorder file per server started, and client.jfr for the benchmark JVM, the client side of
# the calls, in target/benchmarks/jfr), --only ids (comma-separated:
# import,calls,mandats,agents,agentsimport,execution,starts,client), --offline (Maven offline, the repository already filled),
# --postgres (the database benchmarks on a throw-away PostgreSQL server, releng/scripts/postgres.sh, in a temporary
# folder removed at the end; the client start-up is left out), --before <server product folder> (another build's
# mutualis-server folder, e.g. a copy of releng/fr.mutualis.products/target/products/.../mutualis-server made before
# a change: its start-ups are timed beside this build's, alternately, in the same run), --load 50,150,300 (only the
# load simulation of issue 16: that many simulated secretaries against two server nodes on a throw-away PostgreSQL),
# --kill 150 (with --load: one more run of that many secretaries during which one node is killed).
set -e
. "$(dirname "$0")/env.sh"
cd "$ROOT"
MODE=quick
JFR=""
ONLY=""
OFFLINE=""
POSTGRES=""
BEFORE=""
LOAD=""
KILL=0
while [ $# -gt 0 ]; do
  case "$1" in
    --full) MODE=full ;;
    --jfr) JFR="$ROOT/target/benchmarks/jfr" ;;
    --only) shift; ONLY="$1" ;;
    --offline) OFFLINE="-o" ;;
    --postgres) POSTGRES=yes ;;
    --before) shift; BEFORE=$(cd "$1" && pwd) ;;
    --load) shift; LOAD="$1"; POSTGRES=yes; ONLY=load ;;
    --kill) shift; KILL="$1" ;;
    *) echo "Unknown option $1 (use --full, --jfr, --only ids, --offline, --postgres, --before dir, --load n,n --kill n)" >&2; exit 2 ;;
  esac
  shift
done

# The client cold start needs a display (Xvfb when there is none) and xwininfo to see the login window appear.
missing=""
command -v xwininfo >/dev/null 2>&1 || missing="$missing x11-utils"
if [ -z "${DISPLAY:-}" ]; then command -v xvfb-run >/dev/null 2>&1 || missing="$missing xvfb libgtk-3-0"; fi
if [ -n "$missing" ]; then
  if [ "$(id -u)" = 0 ]; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $missing >/dev/null
  else
    echo "Please install:$missing (the client start-up benchmark needs them)" >&2
  fi
fi

PG_URL=""
if [ -n "$POSTGRES" ]; then
  PG_DIR=$(mktemp -d /tmp/mutualis-bench-pg-XXXXXX)
  trap '"$ROOT/releng/scripts/postgres.sh" stop "$PG_DIR"; rm -rf "$PG_DIR"' EXIT
  "$ROOT/releng/scripts/postgres.sh" start "$PG_DIR" > /dev/null
  PG_URL=$(sed -n 's/^MUTUALIS_TEST_POSTGRES=//p' "$PG_DIR/env")
  # the client start-up does not touch the database
  [ -n "$ONLY" ] || ONLY="import,calls,mandats,agents,execution,starts"
fi

rm -f target/benchmarks/results.json target/benchmarks/results.md
CLIENT_ARGS="-Dmutualis.bench.client=plain" # never empty: Maven would put "null" in the argLine
if [ -n "$JFR" ]; then
  rm -rf "$JFR"
  mkdir -p "$JFR"
  CLIENT_ARGS="-XX:StartFlightRecording=filename=$JFR/client.jfr,settings=profile,dumponexit=true"
fi
mkdir -p target/benchmarks
set -- ./mvnw -B $OFFLINE verify -Pbench -DskipTests \
  -pl target-platform,releng/fr.mutualis.products,releng/fr.mutualis.testing,releng/fr.mutualis.benchmarks -am \
  -Dbench.mode="$MODE" -Dbench.jfr="$JFR" -Dbench.only="$ONLY" -Dbench.before="$BEFORE" \
  -Dbench.load="$LOAD" -Dbench.kill="$KILL" -Dbench.client.args="$CLIENT_ARGS" \
  ${MUTUALIS_TEST_REMOTE_PORT:+"-Dmutualis.test.remote.port=$MUTUALIS_TEST_REMOTE_PORT"} \
  ${PG_URL:+"-Dmutualis.test.postgres=$PG_URL"}
status=0
if [ -z "${DISPLAY:-}" ]; then
  xvfb-run -a -s "-screen 0 1280x900x24" "$@" > target/benchmarks/build.log 2>&1 || status=$?
else
  "$@" > target/benchmarks/build.log 2>&1 || status=$?
fi
grep "^BENCH" target/benchmarks/build.log || true
if [ -f target/benchmarks/results.md ]; then cat target/benchmarks/results.md; fi
if [ $status -ne 0 ]; then
  echo "Benchmark run failed (exit $status): see target/benchmarks/build.log" >&2
  tail -40 target/benchmarks/build.log >&2
fi
exit $status
