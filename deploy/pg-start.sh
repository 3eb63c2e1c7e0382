#!/usr/bin/env bash
# Start (or re-use) a private PostgreSQL for ActorCluster and apply our Orleans schema.
#
#   eval "$(deploy/pg-start.sh)"      # sets ACTORCLUSTER_PG in the calling shell
#
# stdout carries only the `export ACTORCLUSTER_PG=...` line; progress goes to stderr.
# Safe to run any number of times: an initialised cluster is not touched again, a running
# one is not restarted, and the schema (deploy/sql/postgresql/*.sql, all idempotent) is
# re-applied each time so edited query text reaches the database.
#
# Environment (all optional):
#   ACTORCLUSTER_PG_DIR       where the cluster lives   (default: <repo>/.data/pg, git-ignored)
#   ACTORCLUSTER_PG_PORT      loopback port             (default: the port used last time,
#                                                        else the first free one from 55432)
#   ACTORCLUSTER_PG_DB        database name             (default: actorcluster)
#   ACTORCLUSTER_PG_USER      application role          (default: actorcluster)
#   ACTORCLUSTER_PG_PASSWORD  its password              (default: random, kept in <dir>/password)
#
# Files under <dir>: data/ (the cluster), sock/ (admin socket), postgres.log, port,
# password, connection-string (Npgsql form, also printed).
set -euo pipefail

log() { printf 'pg-start: %s\n' "$*" >&2; }
die() { printf 'pg-start: error: %s\n' "$*" >&2; exit 1; }

SCRIPT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO_ROOT="$(cd "$SCRIPT_DIR/.." && pwd)"
SQL_DIR="$SCRIPT_DIR/sql/postgresql"

PG_DIR="${ACTORCLUSTER_PG_DIR:-$REPO_ROOT/.data/pg}"
DB_NAME="${ACTORCLUSTER_PG_DB:-actorcluster}"
APP_USER="${ACTORCLUSTER_PG_USER:-actorcluster}"
SUPERUSER="postgres"       # bootstrap superuser inside the cluster (admin via socket only)
SERVICE_USER="actorcluster" # OS account that runs the server when we are root

[[ "$DB_NAME" =~ ^[a-z_][a-z0-9_]*$ ]] || die "ACTORCLUSTER_PG_DB must be a plain lower-case identifier"
[[ "$APP_USER" =~ ^[a-z_][a-z0-9_]*$ ]] || die "ACTORCLUSTER_PG_USER must be a plain lower-case identifier"

# --- binaries -----------------------------------------------------------------------------
find_bindir() {
    local d
    for d in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r); do
        if [[ -x "$d/pg_ctl" && -x "$d/initdb" && -x "$d/psql" ]]; then
            echo "$d"
            return 0
        fi
    done
    return 1
}

BIN_DIR="$(find_bindir || true)"
if [[ -z "$BIN_DIR" ]]; then
    if [[ "$(id -u)" -eq 0 ]]; then
        log "PostgreSQL not found; installing the Debian package"
        export DEBIAN_FRONTEND=noninteractive
        apt-get update -qq >&2
        apt-get install -y -qq postgresql >&2
        BIN_DIR="$(find_bindir || true)"
    fi
    [[ -n "$BIN_DIR" ]] || die "no PostgreSQL under /usr/lib/postgresql/*/bin (install the 'postgresql' package)"
fi

# --- who runs the server --------------------------------------------------------------------
# PostgreSQL refuses to run as root, so as root we use a dedicated system account.
if [[ "$(id -u)" -eq 0 ]]; then
    if ! id -u "$SERVICE_USER" >/dev/null 2>&1; then
        log "creating system user $SERVICE_USER"
        useradd --system --user-group --no-create-home --home-dir /nonexistent \
            --shell /usr/sbin/nologin "$SERVICE_USER"
    fi
    as_service() { runuser -u "$SERVICE_USER" -- "$@"; }
else
    SERVICE_USER="$(id -un)"
    as_service() { "$@"; }
fi

DATA_DIR="$PG_DIR/data"
SOCK_DIR="$PG_DIR/sock"
LOG_FILE="$PG_DIR/postgres.log"

mkdir -p "$PG_DIR"
PG_DIR="$(cd "$PG_DIR" && pwd)"
DATA_DIR="$PG_DIR/data"; SOCK_DIR="$PG_DIR/sock"; LOG_FILE="$PG_DIR/postgres.log"
(( ${#SOCK_DIR} < 90 )) || die "ACTORCLUSTER_PG_DIR path too long for a Unix socket: $PG_DIR"

if [[ "$(id -u)" -eq 0 ]]; then
    mkdir -p "$SOCK_DIR"
    # Only the data directory itself must belong to the service account; it also needs to be
    # able to reach it, which fails if a parent directory is closed (e.g. under /root).
    chown "$SERVICE_USER:" "$PG_DIR" "$SOCK_DIR"
    if [[ -d "$DATA_DIR" && "$(stat -c %U "$DATA_DIR")" != "$SERVICE_USER" ]]; then
        chown -R "$SERVICE_USER:" "$DATA_DIR"
    fi
    as_service test -x "$PG_DIR" || die "user $SERVICE_USER cannot reach $PG_DIR (a parent directory is not traversable); set ACTORCLUSTER_PG_DIR elsewhere"
else
    mkdir -p "$SOCK_DIR"
fi
chmod 700 "$SOCK_DIR"

# --- initialise once -------------------------------------------------------------------------
if [[ ! -s "$DATA_DIR/PG_VERSION" ]]; then
    log "initialising a new cluster in $DATA_DIR"
    rmdir "$DATA_DIR" 2>/dev/null || true   # an empty leftover is fine to replace
    [[ ! -e "$DATA_DIR" ]] || die "$DATA_DIR exists but is not a PostgreSQL cluster; move it away"
    # Socket connections are trusted: the socket lives in a 0700 directory of the service
    # account. TCP is loopback only and needs a password.
    as_service "$BIN_DIR/initdb" -D "$DATA_DIR" -U "$SUPERUSER" -E UTF8 --locale=C.UTF-8 \
        --auth-local=trust --auth-host=scram-sha-256 >"$PG_DIR/initdb.log" 2>&1 \
        || { cat "$PG_DIR/initdb.log" >&2; die "initdb failed"; }
    as_service tee -a "$DATA_DIR/postgresql.conf" >/dev/null <<EOF

# --- ActorCluster private instance (added by deploy/pg-start.sh) ---
listen_addresses = '127.0.0.1'
unix_socket_directories = '$SOCK_DIR'
# Several silos, tests and benchmarks each keep an Npgsql pool.
max_connections = 200
# Logs go to $LOG_FILE via pg_ctl.
logging_collector = off
EOF
fi

# --- start unless running --------------------------------------------------------------------
port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

running_port() {
    # Line 4 of postmaster.pid is the port of a running server.
    if as_service "$BIN_DIR/pg_ctl" -D "$DATA_DIR" status >/dev/null 2>&1; then
        sed -n 4p "$DATA_DIR/postmaster.pid"
    fi
}

PORT="$(running_port || true)"
if [[ -n "$PORT" ]]; then
    log "already running on port $PORT"
    if [[ -n "${ACTORCLUSTER_PG_PORT:-}" && "$ACTORCLUSTER_PG_PORT" != "$PORT" ]]; then
        log "note: ACTORCLUSTER_PG_PORT=$ACTORCLUSTER_PG_PORT ignored; run deploy/pg-stop.sh first to move it"
    fi
else
    if [[ -n "${ACTORCLUSTER_PG_PORT:-}" ]]; then
        PORT="$ACTORCLUSTER_PG_PORT"
        port_in_use "$PORT" && die "port $PORT (ACTORCLUSTER_PG_PORT) is already in use"
    else
        PORT=""
        last="$(cat "$PG_DIR/port" 2>/dev/null || true)"
        for candidate in $last $(seq 55432 55531); do
            if ! port_in_use "$candidate"; then PORT="$candidate"; break; fi
        done
        [[ -n "$PORT" ]] || die "no free port in 55432-55531; set ACTORCLUSTER_PG_PORT"
    fi
    log "starting on 127.0.0.1:$PORT (log: $LOG_FILE)"
    as_service touch "$LOG_FILE" 2>/dev/null || true
    as_service "$BIN_DIR/pg_ctl" -D "$DATA_DIR" -l "$LOG_FILE" -w -t 60 \
        -o "-p $PORT -k $SOCK_DIR -c listen_addresses=127.0.0.1" start >/dev/null \
        || { tail -n 30 "$LOG_FILE" >&2 || true; die "pg_ctl start failed"; }
fi
echo "$PORT" >"$PG_DIR/port"

# --- role, database, schema ------------------------------------------------------------------
psql_admin() { as_service "$BIN_DIR/psql" -X -q -v ON_ERROR_STOP=1 -h "$SOCK_DIR" -p "$PORT" -U "$SUPERUSER" "$@"; }

if [[ -n "${ACTORCLUSTER_PG_PASSWORD:-}" ]]; then
    PASSWORD="$ACTORCLUSTER_PG_PASSWORD"
elif [[ -s "$PG_DIR/password" ]]; then
    PASSWORD="$(cat "$PG_DIR/password")"
else
    PASSWORD="$(head -c 18 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' | head -c 20)"
fi
( umask 077; printf '%s\n' "$PASSWORD" >"$PG_DIR/password" )

# The role may create databases so tests can make throw-away ones.
psql_admin -d postgres -v app_user="$APP_USER" -v app_password="$PASSWORD" <<'SQL'
SELECT format('CREATE ROLE %I LOGIN CREATEDB', :'app_user')
WHERE NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = :'app_user') \gexec
SELECT format('ALTER ROLE %I PASSWORD %L', :'app_user', :'app_password') \gexec
SQL
if [[ "$(psql_admin -d postgres -tA -c "SELECT 1 FROM pg_database WHERE datname = '$DB_NAME'")" != "1" ]]; then
    log "creating database $DB_NAME"
    psql_admin -d postgres -c "CREATE DATABASE $DB_NAME OWNER $APP_USER"
fi

# Applied as the application role so it owns what it uses; fed on stdin so the service
# account needs no read access to the repository.
# Each file runs in its own transaction; re-runs would only print "already exists" notices.
for f in "$SQL_DIR"/*.sql; do
    { echo "SET client_min_messages = warning;"; cat "$f"; } \
        | as_service "$BIN_DIR/psql" -X -q -v ON_ERROR_STOP=1 --single-transaction \
            -h "$SOCK_DIR" -p "$PORT" -U "$APP_USER" -d "$DB_NAME" >/dev/null \
        || die "applying $(basename "$f") failed"
done
log "schema applied ($(ls "$SQL_DIR"/*.sql | wc -l) files from deploy/sql/postgresql)"

CONN="Host=127.0.0.1;Port=$PORT;Database=$DB_NAME;Username=$APP_USER;Password=$PASSWORD"
( umask 077; printf '%s\n' "$CONN" >"$PG_DIR/connection-string" )
log "connection string written to $PG_DIR/connection-string"
printf "export ACTORCLUSTER_PG='%s'\n" "$CONN"
