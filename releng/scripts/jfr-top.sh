#!/bin/sh
# Summarizes the CPU samples of a Java Flight Recorder file (bench.sh --jfr writes one per server started):
# the methods the samples were in (self) and the innermost Mutualis method of each sample (where our code spends it).
#   releng/scripts/jfr-top.sh target/benchmarks/jfr/main.jfr [stack filter, e.g. AgentServiceImpl.creerAgent] [lines]
# With a filter, only the samples whose stack contains it are counted (one operation out of a whole run).
set -e
. "$(dirname "$0")/env.sh"
FILE="$1"
FILTER="${2:-}"
LINES="${3:-15}"
"$JAVA_HOME/bin/jfr" print --events jdk.ExecutionSample --stack-depth 200 "$FILE" | awk -v filter="$FILTER" -v lines="$LINES" '
  function flush() {
    if (n > 0 && (filter == "" || index(stack, filter) > 0)) {
      total++; self[first]++
      if (ours != "") mine[ours]++
    }
    n = 0; stack = ""; first = ""; ours = ""
  }
  /stackTrace = \[/ { instack = 1; next }
  instack && /^[ \t]*\]/ { instack = 0; flush(); next }
  instack {
    frame = $0; sub(/^[ \t]+/, "", frame); sub(/[ \t]+line:.*/, "", frame)
    if (frame == "...") next
    n++; stack = stack "\n" frame
    if (n == 1) first = frame
    if (ours == "" && frame ~ /^fr\.mutualis\./) ours = frame
  }
  END {
    printf "%d samples%s\n\nself (top frame):\n", total, filter == "" ? "" : " whose stack contains " filter
    for (f in self) printf "%7d %5.1f%%  %s\n", self[f], 100 * self[f] / total, f | "sort -rn | head -" lines
    close("sort -rn | head -" lines)
    printf "\ninnermost Mutualis frame (the Mutualis method each sample was in or called from):\n"
    for (f in mine) printf "%7d %5.1f%%  %s\n", mine[f], 100 * mine[f] / total, f | "sort -rn | head -" lines
    close("sort -rn | head -" lines)
  }'
