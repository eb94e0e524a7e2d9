#!/bin/sh
# Builds Mutualis from scratch and runs every test: unit tests, OSGi tests, end-to-end tests (server product as a
# process) and UI tests (client under a virtual X display when there is no display). The tests that touch the
# database run twice: on embedded H2 and on a PostgreSQL server that this script starts (releng/scripts/postgres.sh)
# in a temporary folder and stops at the end. No PostgreSQL, no test run: it fails and says why.
set -e
. "$(dirname "$0")/env.sh"
cd "$ROOT"
PG_DIR=$(mktemp -d "${TMPDIR:-/tmp}/mutualis-test-postgres-XXXXXX")
cleanup() {
  "$ROOT/releng/scripts/postgres.sh" stop "$PG_DIR" || true
  rm -rf "$PG_DIR"
}
trap cleanup EXIT
trap 'cleanup; trap - EXIT; exit 130' INT TERM
if ! "$ROOT/releng/scripts/postgres.sh" start "$PG_DIR" > /dev/null; then
  echo "test.sh: cannot start the PostgreSQL server the tests need (see above). Install Debian's postgresql package" \
       "(apt-get install -y postgresql; .ci/run does it) and run again." >&2
  exit 1
fi
PG_URL=$(sed -n 's/^MUTUALIS_TEST_POSTGRES=//p' "$PG_DIR/env")
echo "test.sh: PostgreSQL for the tests: ${PG_URL%%\?*}"
if [ -z "${DISPLAY:-}" ]; then
  xvfb-run -a -s "-screen 0 1280x900x24" ./mvnw -B clean verify "-Dmutualis.test.postgres=$PG_URL" "$@"
else
  ./mvnw -B clean verify "-Dmutualis.test.postgres=$PG_URL" "$@"
fi
