#!/usr/bin/env bash
# Runs every test: starts the private PostgreSQL (installing Debian's postgresql if missing and root),
# installs Debian's chromium for the browser tests if missing (as root),
# builds in Release, runs all test projects, prints one "N passed, N failed, N skipped" line, stops
# PostgreSQL again if this script started it.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
ROOT=$(pwd)

echo "==> private PostgreSQL"
PG_DIR="${ACTORCLUSTER_PG_DIR:-$ROOT/.data/pg}"
WAS_RUNNING=0
[ -f "$PG_DIR/data/postmaster.pid" ] && WAS_RUNNING=1
eval "$(bash deploy/pg-start.sh)"
export ACTORCLUSTER_PG
# Leave a PostgreSQL that was already running (a developer's) as it was.
[ "$WAS_RUNNING" = 1 ] || trap 'bash deploy/pg-stop.sh >/dev/null 2>&1 || true' EXIT

echo "==> Chromium (browser tests)"
if ! command -v chromium >/dev/null 2>&1; then
  if [ "$(id -u)" = 0 ]; then
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null) \
      || echo "warning: could not install Debian's chromium; browser tests will fail" >&2
  else
    echo "warning: chromium is missing and this is not root; install Debian's chromium package" >&2
  fi
fi
export ACTORCLUSTER_CHROMIUM="${ACTORCLUSTER_CHROMIUM:-$(command -v chromium || echo /usr/bin/chromium)}"

echo "==> build"
dotnet build ActorCluster.sln -c Release -nologo -clp:ErrorsOnly

echo "==> deploy configs (compose, Kubernetes)"
bash deploy/check-configs.sh

echo "==> test"
RESULTS="$ROOT/.data/test-results"
rm -rf "$RESULTS"
status=0
dotnet test ActorCluster.sln -c Release --no-build --nologo \
  --logger "trx" --logger "console;verbosity=normal" --results-directory "$RESULTS" || status=$?

# One closing line over all projects, counted from the TRX files.
python3 - "$RESULTS" <<'PY' || true
import glob, sys, xml.etree.ElementTree as ET
p = f = s = 0
for path in glob.glob(sys.argv[1] + "/*.trx"):
    c = ET.parse(path).getroot().find(".//{*}Counters")
    if c is None: continue
    p += int(c.get("passed", 0)); f += int(c.get("failed", 0)) + int(c.get("error", 0)) + int(c.get("timeout", 0))
    s += int(c.get("notExecuted", 0))
print(f"{p} passed, {f} failed, {s} skipped")
PY
exit $status
