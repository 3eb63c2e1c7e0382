#!/usr/bin/env bash
# Stop the private PostgreSQL started by deploy/pg-start.sh (fast mode: open sessions are
# cut, committed data is safe). Does nothing if it is not running. Honours ACTORCLUSTER_PG_DIR.
set -euo pipefail

log() { printf 'pg-stop: %s\n' "$*" >&2; }

SCRIPT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO_ROOT="$(cd "$SCRIPT_DIR/.." && pwd)"
PG_DIR="${ACTORCLUSTER_PG_DIR:-$REPO_ROOT/.data/pg}"
DATA_DIR="$PG_DIR/data"

if [[ ! -s "$DATA_DIR/PG_VERSION" ]]; then
    log "no cluster in $DATA_DIR; nothing to stop"
    exit 0
fi

BIN_DIR=""
for d in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r); do
    if [[ -x "$d/pg_ctl" ]]; then BIN_DIR="$d"; break; fi
done
if [[ -z "$BIN_DIR" ]]; then
    log "pg_ctl not found; nothing to stop"
    exit 0
fi

if [[ "$(id -u)" -eq 0 ]]; then
    # The server runs as the owner of its data directory (pg-start.sh's service account).
    owner="$(stat -c %U "$DATA_DIR")"
    as_service() { runuser -u "$owner" -- "$@"; }
else
    as_service() { "$@"; }
fi

if as_service "$BIN_DIR/pg_ctl" -D "$DATA_DIR" status >/dev/null 2>&1; then
    as_service "$BIN_DIR/pg_ctl" -D "$DATA_DIR" -m fast -w -t 60 stop >/dev/null
    log "stopped ($DATA_DIR)"
else
    log "not running ($DATA_DIR)"
fi
