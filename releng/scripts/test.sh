#!/bin/sh
# Builds Mutualis from scratch and runs every test: unit tests, OSGi tests, end-to-end tests (server product as a
# process) and UI tests (client under a virtual X display when there is no display).
set -e
. "$(dirname "$0")/env.sh"
cd "$ROOT"
if [ -z "${DISPLAY:-}" ]; then
  exec xvfb-run -a -s "-screen 0 1280x900x24" ./mvnw -B clean verify "$@"
fi
exec ./mvnw -B clean verify "$@"
