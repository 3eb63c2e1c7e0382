#!/usr/bin/env bash
# Validates the deployment files without a Docker engine or a Kubernetes cluster:
#   - deploy/docker-compose.yml through `docker compose config` (or docker-compose v1), with throw-away secrets,
#     and refused without them (secrets must come from the environment);
#   - deploy/k8s through `kubectl kustomize` (parses every manifest and the kustomization);
#   - every COPY source in deploy/docker/*.Dockerfile exists;
#   - the shell scripts in deploy/ parse (bash -n).
# Installs Debian's docker-compose when no compose is found and we are root (as pg-start.sh does for PostgreSQL).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
fail=0
ok() { printf 'check-configs: ok: %s\n' "$*"; }
bad() { printf 'check-configs: FAILED: %s\n' "$*" >&2; fail=1; }

compose() {
    if docker compose version >/dev/null 2>&1; then docker compose "$@"
    else docker-compose "$@"
    fi
}
if ! docker compose version >/dev/null 2>&1 && ! command -v docker-compose >/dev/null 2>&1; then
    if [[ "$(id -u)" -eq 0 ]] && command -v apt-get >/dev/null; then
        echo "check-configs: no docker compose; installing Debian's docker-compose" >&2
        { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq docker-compose; } >/dev/null 2>&1 \
            || echo "check-configs: could not install docker-compose; compose check skipped" >&2
    fi
fi

if docker compose version >/dev/null 2>&1 || command -v docker-compose >/dev/null 2>&1; then
    if out="$(ACTORCLUSTER_PG_PASSWORD=check-only ACTORCLUSTER_ADMIN_KEY_SHA256=0000 compose -f deploy/docker-compose.yml config 2>&1)"; then
        services="$(printf '%s\n' "$out" | grep -cE '^  (postgres|migrate|silo1|silo2|silo3|client):$' || true)"
        [[ "$services" == 6 ]] && ok "docker-compose.yml valid, 6 services" || bad "docker-compose.yml: expected 6 services, found $services"
    else
        bad "docker-compose.yml: $out"
    fi
    if env -u ACTORCLUSTER_PG_PASSWORD -u ACTORCLUSTER_ADMIN_KEY_SHA256 bash -c "$(declare -f compose); compose -f deploy/docker-compose.yml config" >/dev/null 2>&1; then
        bad "docker-compose.yml accepted missing secrets (ACTORCLUSTER_PG_PASSWORD, ACTORCLUSTER_ADMIN_KEY_SHA256 must be required)"
    else
        ok "docker-compose.yml refuses to run without its secrets"
    fi
else
    # Not a failure: the deploy-config tests parse the compose file themselves (YamlDotNet).
    echo "check-configs: neither 'docker compose' nor 'docker-compose' is available; compose check skipped" >&2
fi

if command -v kubectl >/dev/null 2>&1; then
    if out="$(kubectl kustomize deploy/k8s 2>&1)"; then
        ok "deploy/k8s builds with kustomize: $(printf '%s\n' "$out" | grep -c '^kind:') objects"
    else
        bad "deploy/k8s: $out"
    fi
else
    echo "check-configs: kubectl not installed; deploy/k8s is checked by the deploy-config tests only" >&2
fi

for f in deploy/docker/*.Dockerfile; do
    missing=""
    while read -r src; do
        [[ -e "$src" ]] || missing="$missing $src"
    done < <(grep -E '^COPY ' "$f" | grep -v -- '--from=' | sed -E 's/^COPY +//' | awk '{for (i = 1; i < NF; i++) print $i}')
    [[ -z "$missing" ]] && ok "$f: every COPY source exists" || bad "$f: missing COPY sources:$missing"
done

for f in deploy/*.sh; do bash -n "$f" || bad "$f does not parse"; done
ok "deploy/*.sh parse"

exit $fail
