#!/usr/bin/env bash
# Start-up benchmark (prints figures; not a test). Measures, 5 times each, the time from launching
# the server to the first 200 from /health/readiness:
#   first start: a new data directory (initdb, migrations, engine tables, demo accounts and seeds);
#   warm restart: the same data directory again.
# Usage: scripts/startup-benchmark.sh [runs] [extra JVM options...]
#   JAR=target/draftroom-0.1.0.jar PORT=8170 scripts/startup-benchmark.sh 5 -XX:TieredStopAtLevel=1
#   CDS=1 scripts/startup-benchmark.sh 5       # first records a class-data archive (AppCDS), then uses it
#   HEALTH=/health scripts/startup-benchmark.sh # for builds older than /health/readiness
# It does not build: run `./mvnw -q -DskipTests package` first (under the build lock).
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${1:-5}
shift || true
JAR=${JAR:-target/draftroom-0.1.0.jar}
PORT=${PORT:-8170}
BASE=${BENCH_DIR:-/tmp/wt17-startup}
JAVA=${JAVA:-java}
HEALTH=${HEALTH:-/health/readiness}
[ -f "$JAR" ] || { echo "no $JAR: build it first" >&2; exit 1; }
rm -rf "$BASE" && mkdir -p "$BASE"

now_ms() { date +%s%3N; }

# One start: prints the milliseconds to ready, then stops the server with SIGTERM.
start_once() {
  local data=$1 log=$2 t0 pid
  shift 2
  t0=$(now_ms)
  PORT=$PORT DRAFTROOM_DATA_DIR=$data DRAFTROOM_WORKFLOWS_DIR= DRAFTROOM_DEMO_PASSWORD=bench-password \
    "$JAVA" "$@" -Dmicronaut.environments=demo -jar "$JAR" >"$log" 2>&1 &
  pid=$!
  until curl -fs -o /dev/null "http://localhost:$PORT$HEALTH"; do
    if ! kill -0 "$pid" 2>/dev/null; then echo "server died; see $log" >&2; exit 1; fi
    if (( $(now_ms) - t0 > 180000 )); then echo "not ready after 180 s; see $log" >&2; kill "$pid"; exit 1; fi
    sleep 0.05
  done
  echo $(( $(now_ms) - t0 ))
  kill -TERM "$pid"
  wait "$pid" 2>/dev/null || true
}

summary() {
  sort -n | awk '{a[NR]=$1; s+=$1} END {printf "min %.2f s, median %.2f s, max %.2f s (runs: ", a[1]/1000, a[int((NR+1)/2)]/1000, a[NR]/1000; for (i=1;i<=NR;i++) printf "%s%.2f", (i>1?" ":""), a[i]/1000; print ")"}'
}

echo "machine: $(nproc) cores, load before: $(cut -d' ' -f1-3 /proc/loadavg), $("$JAVA" -version 2>&1 | head -1)"
if [ "${CDS:-}" = 1 ]; then
  # One start and stop to record the archive of the classes a start loads (JDK 17: written at exit).
  start_once "$BASE/data-cds" "$BASE/cds-record.log" -XX:ArchiveClassesAtExit="$BASE/app.jsa" "$@" >/dev/null
  set -- -XX:SharedArchiveFile="$BASE/app.jsa" -Xshare:auto "$@"
fi
echo "JVM options: ${*:-(none)}"
first=()
warm=()
for i in $(seq 1 "$RUNS"); do
  data="$BASE/data-$i"
  first+=("$(start_once "$data" "$BASE/first-$i.log" "$@")")
  warm+=("$(start_once "$data" "$BASE/warm-$i.log" "$@")")
done
echo "first start (initdb + demo import), $RUNS runs: $(printf '%s\n' "${first[@]}" | summary)"
echo "warm restart, $RUNS runs:                      $(printf '%s\n' "${warm[@]}" | summary)"
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "where a warm start went (last run, from its log):"
grep -E "Starting embedded PostgreSQL|Workflow .* is deployment|Demo mode: [0-9]+ demo accounts|Startup completed" "$BASE/warm-$RUNS.log" | sed 's/^/  /'
rm -rf "$BASE"/data-*
