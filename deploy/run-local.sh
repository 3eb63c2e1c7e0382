#!/usr/bin/env bash
# The main job on the embedded default: builds if needed, starts one silo on the `local` profile
# (localhost clustering, grain state in the SQLite file .data/actorcluster.db), feeds it a demo file
# (or the canonical CSV you pass), prints what it holds and where the dashboard is, then keeps the
# silo running until Ctrl+C.
#
#   bash deploy/run-local.sh [FILE.csv]
#
# Environment: ACTORCLUSTER_HTTP_PORT (default 5080), ACTORCLUSTER_EXIT_AFTER_FEED=1 to stop the silo
# once the feed is loaded (used by CI smoke runs).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
PORT="${ACTORCLUSTER_HTTP_PORT:-5080}"
CONFIG=Release
mkdir -p .data

echo "==> building (Release)"
dotnet build ActorCluster.sln -c "$CONFIG" -nologo -v quiet -clp:ErrorsOnly
SILO="silo/bin/$CONFIG/net10.0/ActorCluster.Silo.dll"
CLIENT=(dotnet "client/bin/$CONFIG/net10.0/actorcluster.dll")

echo "==> starting the silo (profile local, SQLite .data/actorcluster.db), log in .data/silo.log"
dotnet "$SILO" --urls "http://127.0.0.1:$PORT" >.data/silo.log 2>&1 &
SILO_PID=$!
trap 'kill $SILO_PID 2>/dev/null || true; wait $SILO_PID 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do
  if curl -fsS "http://127.0.0.1:$PORT/health/ready" >/dev/null 2>&1; then break; fi
  kill -0 $SILO_PID 2>/dev/null || { echo "silo exited; last log lines:"; tail -20 .data/silo.log; exit 1; }
  sleep 0.5
done
curl -fsS "http://127.0.0.1:$PORT/health/ready" >/dev/null || { echo "silo not ready after 60s"; tail -20 .data/silo.log; exit 1; }

FEED="${1:-}"
if [ -z "$FEED" ]; then
  FEED=.data/sample.csv
  "${CLIENT[@]}" sample --asins 200 --days 400 --seed 1 --out "$FEED"
fi
echo "==> backfilling $FEED"
"${CLIENT[@]}" backfill "$FEED"
FIRST_ASIN=$(awk -F, 'NR==2 {print $1; exit}' "$FEED")
echo "==> status of $FIRST_ASIN"
"${CLIENT[@]}" status "$FIRST_ASIN"
echo
echo "Silo:      http://127.0.0.1:$PORT/"
echo "Dashboard: http://127.0.0.1:$PORT/dashboard"
echo "Health:    http://127.0.0.1:$PORT/health"
if [ "${ACTORCLUSTER_EXIT_AFTER_FEED:-0}" = 1 ]; then exit 0; fi
echo "The silo keeps running; Ctrl+C stops it (state stays in .data/actorcluster.db)."
wait $SILO_PID
