#!/usr/bin/env bash
# The main job on the embedded default: builds if needed, starts one silo on the `local` profile
# (localhost clustering, grain state in the SQLite file .data/actorcluster.db), runs a simulated market
# through it (or backfills the canonical CSV you pass) while `actorcluster watch` shows the alerts live,
# prints what an ASIN holds and where the dashboard is, then keeps the silo running until Ctrl+C.
#
#   bash deploy/run-local.sh [FILE.csv]
#
# Environment: ACTORCLUSTER_HTTP_PORT (default 5080), ACTORCLUSTER_WATCH (how long to watch, default 70s),
# ACTORCLUSTER_EXIT_AFTER_FEED=1 to run the market at full speed and stop (used by CI smoke runs).
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
URL="http://127.0.0.1:$PORT"
if [ -n "$FEED" ]; then
  echo "==> backfilling $FEED"
  "${CLIENT[@]}" backfill "$FEED"
  FIRST_ASIN=$(awk -F, 'NR==2 {print $1; exit}' "$FEED")
else
  # The demo: a simulated market fed live through the same ingest path as real data, alerts pushed as they fire.
  FIRST_ASIN=S000000000
  if [ "${ACTORCLUSTER_EXIT_AFTER_FEED:-0}" = 1 ]; then
    echo "==> simulating 100 ASINs x 120 days at full speed"
    "${CLIENT[@]}" simulate --asins 100 --categories 5 --days 120 --speed max --seed 1 --anomaly-rate 0.02
  else
    echo "==> simulating 100 ASINs x 180 days at 3 days/s (about a minute); live alerts follow"
    "${CLIENT[@]}" simulate --asins 100 --categories 5 --days 180 --speed 3 --seed 1 --anomaly-rate 0.02 --detach
    echo "Board:     $URL/   Dashboard: $URL/dashboard   Alert hub: $URL/hubs/alerts"
    "${CLIENT[@]}" watch --url "$URL" --all --for "${ACTORCLUSTER_WATCH:-70s}" || true
  fi
fi
echo "==> status of $FIRST_ASIN"
"${CLIENT[@]}" status "$FIRST_ASIN"
"${CLIENT[@]}" alerts "$FIRST_ASIN" --url "$URL" || true
echo
echo "Board:     $URL/  (live: tiers, sparklines, alert feed; click an ASIN for its page)"
echo "Dashboard: $URL/dashboard"
echo "Health:    $URL/health"
if [ "${ACTORCLUSTER_EXIT_AFTER_FEED:-0}" = 1 ]; then exit 0; fi
echo "The silo keeps running; Ctrl+C stops it (state stays in .data/actorcluster.db)."
wait $SILO_PID
