#!/usr/bin/env bash
# Local multi-silo launcher: N silo processes on the `cluster` profile (ADO.NET clustering, persistence and
# reminders on PostgreSQL) on distinct loopback ports, one command per action.
#
#   bash deploy/cluster.sh start N      # start silos 1..N that are not running yet (so `start 3` after `start 2` adds one)
#   bash deploy/cluster.sh list         # id, pid, state, ports, /health/ready
#   bash deploy/cluster.sh stop [ID]    # SIGTERM: graceful (grains deactivated, membership left); all silos without ID
#   bash deploy/cluster.sh kill ID      # SIGKILL: the crash case; the others declare it dead and take its grains
#   bash deploy/cluster.sh restart ID   # graceful stop, then start the same id on the same ports
#
# Silo i listens on HTTP $BASE_HTTP+i, silo port $BASE_SILO+i, gateway $BASE_GATEWAY+i (127.0.0.1 only).
# PID files, logs and the generated admin key live under .data/cluster/ (git-ignored).
#
# Environment (all optional):
#   ACTORCLUSTER_PG             Npgsql connection string (default: start/reuse the private one via deploy/pg-start.sh)
#   ACTORCLUSTER_CLUSTER_ID     Orleans cluster and service id          (default: actorcluster)
#   ACTORCLUSTER_CLUSTER_DIR    where pid files and logs go              (default: <repo>/.data/cluster)
#   ACTORCLUSTER_BASE_HTTP / _BASE_SILO / _BASE_GATEWAY                  (default: 5180 / 11180 / 30180)
#   ACTORCLUSTER_ADMIN_KEY      the admin API key the silos accept       (default: random, kept in <dir>/admin-key)
#   ACTORCLUSTER_SILO_DLL       silo build to run (default: silo/bin/Release/net10.0/ActorCluster.Silo.dll, built if missing)
#   ACTORCLUSTER_READY_TIMEOUT  seconds to wait for /health/ready         (default: 120)
# Extra silo configuration: anything in the environment in ASP.NET form (e.g. Alerts__Rules__FireAfter=1) reaches every silo.
set -euo pipefail

log() { printf 'cluster: %s\n' "$*" >&2; }
die() { printf 'cluster: error: %s\n' "$*" >&2; exit 1; }

SCRIPT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$SCRIPT_DIR/.." && pwd)"
DIR="${ACTORCLUSTER_CLUSTER_DIR:-$ROOT/.data/cluster}"
CLUSTER_ID="${ACTORCLUSTER_CLUSTER_ID:-actorcluster}"
BASE_HTTP="${ACTORCLUSTER_BASE_HTTP:-5180}"
BASE_SILO="${ACTORCLUSTER_BASE_SILO:-11180}"
BASE_GATEWAY="${ACTORCLUSTER_BASE_GATEWAY:-30180}"
SILO_DLL="${ACTORCLUSTER_SILO_DLL:-$ROOT/silo/bin/Release/net10.0/ActorCluster.Silo.dll}"
READY_TIMEOUT="${ACTORCLUSTER_READY_TIMEOUT:-120}"
mkdir -p "$DIR"

pid_of() { cat "$DIR/silo-$1.pid" 2>/dev/null || true; }
# A killed silo can linger as a zombie until whoever adopted it reaps it: that counts as dead.
alive() {
    local p; p="$(pid_of "$1")"
    [[ -n "$p" ]] && kill -0 "$p" 2>/dev/null && [[ "$(awk '{print $3}' "/proc/$p/stat" 2>/dev/null)" != Z ]]
}
http_port() { echo $((BASE_HTTP + $1)); }
ready() { curl -fsS -m 5 "http://127.0.0.1:$(http_port "$1")/health/ready" >/dev/null 2>&1; }
known_ids() { ls "$DIR"/silo-*.pid 2>/dev/null | sed -E 's/.*silo-([0-9]+)\.pid/\1/' | sort -n; }
valid_id() { [[ "$1" =~ ^[1-9][0-9]*$ ]] || die "silo id must be a positive number, was '$1'"; }

postgres() {
    if [[ -n "${ACTORCLUSTER_PG:-}" ]]; then return; fi
    eval "$(bash "$SCRIPT_DIR/pg-start.sh")"
    export ACTORCLUSTER_PG
}

admin_key() {
    if [[ -n "${ACTORCLUSTER_ADMIN_KEY:-}" ]]; then echo "$ACTORCLUSTER_ADMIN_KEY"; return; fi
    if [[ ! -s "$DIR/admin-key" ]]; then
        ( umask 077; head -c 24 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' >"$DIR/admin-key" )
    fi
    cat "$DIR/admin-key"
}

ensure_built() {
    [[ -f "$SILO_DLL" ]] && return
    log "building the silo (Release)"
    dotnet build "$ROOT/silo/ActorCluster.Silo.csproj" -c Release -nologo -v quiet -clp:ErrorsOnly >&2
}

launch() {
    local id="$1" key_hash
    if alive "$id"; then log "silo $id already running (pid $(pid_of "$id"))"; return; fi
    key_hash="$(printf '%s' "$(admin_key)" | sha256sum | cut -d' ' -f1)"
    mkdir -p "$DIR/silo-$id"
    # Secrets through the environment, never the command line (visible in every process listing).
    # setsid: the silo outlives this script and is not hit by the terminal's Ctrl+C.
    ActorCluster__Profile=cluster ActorCluster__ClusterId="$CLUSTER_ID" ActorCluster__ServiceId="$CLUSTER_ID" \
    ActorCluster__Postgres="$ACTORCLUSTER_PG" ActorCluster__DataDirectory="$DIR/silo-$id" \
    ActorCluster__SiloPort=$((BASE_SILO + id)) ActorCluster__GatewayPort=$((BASE_GATEWAY + id)) \
    Auth__Keys__0__Name=admin Auth__Keys__0__Sha256="$key_hash" Auth__Keys__0__Roles__0=admin \
        setsid dotnet "$SILO_DLL" --urls "http://127.0.0.1:$(http_port "$id")" >"$DIR/silo-$id.log" 2>&1 < /dev/null &
    echo $! >"$DIR/silo-$id.pid"
    log "silo $id started: pid $!, http $(http_port "$id"), silo port $((BASE_SILO + id)), gateway $((BASE_GATEWAY + id)), log $DIR/silo-$id.log"
}

wait_ready() {
    local id="$1" deadline=$((SECONDS + READY_TIMEOUT))
    while (( SECONDS < deadline )); do
        alive "$id" || { tail -n 20 "$DIR/silo-$id.log" >&2; die "silo $id exited during start-up"; }
        ready "$id" && { log "silo $id ready"; return; }
        sleep 0.5
    done
    tail -n 20 "$DIR/silo-$id.log" >&2
    die "silo $id not ready after ${READY_TIMEOUT}s"
}

stop_one() {
    local id="$1" pid deadline
    pid="$(pid_of "$id")"
    if ! alive "$id"; then rm -f "$DIR/silo-$id.pid"; log "silo $id is not running"; return; fi
    kill -TERM "$pid"
    # The silo's own ShutdownTimeout (30 s) bounds the hand-over; a little more before giving up on it.
    deadline=$((SECONDS + 45))
    while alive "$id" && (( SECONDS < deadline )); do sleep 0.2; done
    if alive "$id"; then
        log "silo $id did not stop within 45 s; killing it"
        kill -KILL "$pid" 2>/dev/null || true
    else
        log "silo $id stopped gracefully"
    fi
    rm -f "$DIR/silo-$id.pid"
}

cmd="${1:-}"; shift || true
case "$cmd" in
    start)
        n="${1:-}"; [[ "$n" =~ ^[1-9][0-9]*$ ]] || die "usage: cluster.sh start N"
        postgres; ensure_built
        for id in $(seq 1 "$n"); do launch "$id"; done
        for id in $(seq 1 "$n"); do wait_ready "$id"; done
        log "admin API key: $DIR/admin-key; console: actorcluster --postgres env --cluster-id $CLUSTER_ID --service-id $CLUSTER_ID ..."
        ;;
    list)
        printf '%-4s %-8s %-8s %-6s %-6s %-8s %s\n' ID PID STATE HTTP SILO GATEWAY READY
        for id in $(known_ids); do
            state=dead; health=-
            if alive "$id"; then state=running; if ready "$id"; then health=yes; else health=no; fi; fi
            printf '%-4s %-8s %-8s %-6s %-6s %-8s %s\n' "$id" "$(pid_of "$id")" "$state" "$(http_port "$id")" \
                $((BASE_SILO + id)) $((BASE_GATEWAY + id)) "$health"
        done
        ;;
    stop)
        if [[ -n "${1:-}" ]]; then valid_id "$1"; stop_one "$1"
        else for id in $(known_ids); do stop_one "$id"; done
        fi
        ;;
    kill)
        id="${1:-}"; valid_id "$id"
        alive "$id" || die "silo $id is not running"
        kill -KILL "$(pid_of "$id")"
        for _ in $(seq 1 100); do alive "$id" || break; sleep 0.1; done
        # The pid file stays, so `list` shows it dead and `start N` brings it back.
        log "silo $id killed (SIGKILL)"
        ;;
    restart)
        id="${1:-}"; valid_id "$id"
        postgres; ensure_built
        stop_one "$id"; launch "$id"; wait_ready "$id"
        ;;
    *)
        sed -n '2,10p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//' >&2
        exit 2
        ;;
esac
