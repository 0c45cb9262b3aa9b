#!/usr/bin/env bash
# The compose smoke test (CI: .ci/run): builds the image, `podman-compose up -d` with
# compose.yaml, waits until every container is healthy, asks the gateway container a question
# that needs all four agencies, makes a keyed mutation twice (one write), then `down`, leaving
# nothing behind. Podman and the base images come from ../shared/containers (beside the
# checkout; LINLI_CONTAINERS overrides). Where podman cannot run it says so and exits 0.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
KIT=${LINLI_CONTAINERS:-$ROOT/../shared/containers}
PROJECT=linli-smoke
IMAGE=localhost/linli:latest
started=$SECONDS
log() { printf '[smoke %3ds] %s\n' "$((SECONDS - started))" "$*"; }
skip() {
  printf '\nSKIPPED: the compose smoke test did not run: %s\n\n' "$*"
  exit 0
}
fail() {
  printf 'FAILED: %s\n' "$*" >&2
  exit 1
}

[ "$(id -u)" = 0 ] || skip "it needs root (podman as root, see $KIT/README.md)"
[ -x "$KIT/setup.sh" ] || skip "no container kit at $KIT"
"$KIT/setup.sh" > /tmp/linli-smoke-setup.log 2>&1 || { tail -n 20 /tmp/linli-smoke-setup.log; skip "podman could not be installed ($KIT/setup.sh failed)"; }
podman info > /dev/null 2>&1 || skip "podman is installed but cannot run here ($(podman info 2>&1 | tail -n 1))"
"$KIT/base-images.sh" node postgres redis

# Secrets for this run only, through the environment (compose.yaml reads them as ${…}).
secret() { od -An -N32 -tx1 /dev/urandom | tr -d ' \n'; }
export POSTGRES_PASSWORD PARTY_GATEWAY_SECRET PROPERTY_GATEWAY_SECRET UNITS_GATEWAY_SECRET VOLUNTEER_GATEWAY_SECRET
POSTGRES_PASSWORD=$(secret)
PARTY_GATEWAY_SECRET=$(secret)
PROPERTY_GATEWAY_SECRET=$(secret)
UNITS_GATEWAY_SECRET=$(secret)
VOLUNTEER_GATEWAY_SECRET=$(secret)
export PROPERTY_DIRECTORY_SECRET UNITS_DIRECTORY_SECRET VOLUNTEER_DIRECTORY_SECRET
PROPERTY_DIRECTORY_SECRET=$(secret)
UNITS_DIRECTORY_SECRET=$(secret)
VOLUNTEER_DIRECTORY_SECRET=$(secret)
LINLI_PORT=$(node -e 'const s = require("net").createServer().listen(0, "127.0.0.1", () => { console.log(s.address().port); s.close(); })')
export LINLI_PORT
GRAPH=http://127.0.0.1:$LINLI_PORT/graphql
compose() { (cd "$ROOT" && podman-compose -p "$PROJECT" "$@"); }

# Every volume the project's containers mount, named and anonymous (redis's /data): `down` keeps them.
volumes=()
note_volumes() {
  local c v
  for c in $(podman ps -a --filter "label=io.podman.compose.project=$PROJECT" --format '{{.Names}}'); do
    while read -r v; do
      if [ -n "$v" ]; then volumes+=("$v"); fi
    done < <(podman inspect --format '{{range .Mounts}}{{if eq .Type "volume"}}{{println .Name}}{{end}}{{end}}' "$c")
  done
  return 0
}
cleanup() {
  local rc=$?
  if [ "$rc" != 0 ]; then
    for c in $(podman ps -a --filter "label=io.podman.compose.project=$PROJECT" --format '{{.Names}}'); do
      echo "---- $c (last lines)"
      podman logs --tail 15 "$c" 2>&1 || true
    done
  fi
  note_volumes
  compose down -t 10 > /dev/null 2>&1 || true
  # podman-compose 1.0.3 leaves the network and the volumes behind.
  podman network rm "${PROJECT}_default" > /dev/null 2>&1 || true
  [ ${#volumes[@]} -eq 0 ] || podman volume rm -f "${volumes[@]}" > /dev/null 2>&1 || true
  exit "$rc"
}
trap cleanup EXIT

log "podman build $IMAGE (docker format, for its HEALTHCHECK)"
podman build --format docker -t "$IMAGE" "$ROOT" > /tmp/linli-smoke-build.log 2>&1 || {
  tail -n 30 /tmp/linli-smoke-build.log
  fail "the image did not build"
}
log "image: $(podman image inspect --format '{{.Size}}' "$IMAGE" | awk '{ printf "%d MB", $1 / 1e6 }')"

log "podman-compose up -d"
compose up -d > /tmp/linli-smoke-up.log 2>&1 || {
  tail -n 30 /tmp/linli-smoke-up.log
  fail "podman-compose up failed"
}

# podman without systemd never runs healthchecks by itself: run each until it passes.
for service in postgres redis party property units volunteer gateway; do
  container="${PROJECT}_${service}_1"
  until podman healthcheck run "$container" > /dev/null 2>&1; do
    [ $((SECONDS - started)) -lt 900 ] || fail "$service did not become healthy"
    sleep 2
  done
  log "$service healthy"
done

gql() { # query json-variables [token] [idempotency key]
  local body
  body=$(node -e 'console.log(JSON.stringify({ query: process.argv[1], variables: JSON.parse(process.argv[2]) }))' "$1" "$2")
  curl -sS --fail-with-body "$GRAPH" -H 'content-type: application/json' \
    ${3:+-H "authorization: Bearer $3"} ${4:+-H "idempotency-key: $4"} -d "$body"
}
token() { podman exec "${PROJECT}_gateway_1" node packages/runner/dist/token.js "$@"; }
field() { node -e 'const r = JSON.parse(process.argv[1]); if (r.errors) { console.error(JSON.stringify(r.errors)); process.exit(1); } console.log(eval("r.data." + process.argv[2]) ?? "")' "$1" "$2"; }

log "a question for all four agencies through the gateway container"
estates=$(gql '{ estates(first: 50) { edges { node { name partyBranch { name } propertyCompany { name } embeddedUnits { name } volunteerTeams { name } } } } }' '{}')
node -e '
  const { data, errors } = JSON.parse(process.argv[1]);
  if (errors) throw new Error(JSON.stringify(errors));
  const estates = data.estates.edges.map((e) => e.node);
  const all = estates.find((e) => e.partyBranch && e.propertyCompany && e.embeddedUnits.length && e.volunteerTeams.length);
  if (!all) throw new Error("no estate with data from all four agencies among " + estates.length);
  console.log(`  ${estates.length} estates; ${all.name}: branch ${all.partyBranch.name}, company ${all.propertyCompany.name}, ${all.embeddedUnits.length} units, ${all.volunteerTeams.length} teams`);
' "$estates"

log "a keyed mutation, sent twice with one Idempotency-Key"
admin=$(token --role county_admin)
unit=$(field "$(gql '{ units(first: 1) { edges { node { id } } } }' '{}' "$admin")" 'units.edges[0].node.id')
[ -n "$unit" ] || fail "no unit to write to"
liaison=$(token --role unit_liaison --unit "$unit")
create='mutation ($input: CreateSharedResourceInput!) { createSharedResource(input: $input) { id name } }'
input="{\"input\":{\"unitId\":\"$unit\",\"name\":\"smoke-$RANDOM\",\"kind\":\"EQUIPMENT\",\"capacity\":1}}"
key="smoke-$(secret | cut -c1-16)"
first=$(field "$(gql "$create" "$input" "$liaison" "$key")" 'createSharedResource.id')
again=$(field "$(gql "$create" "$input" "$liaison" "$key")" 'createSharedResource.id')
[ -n "$first" ] && [ "$first" = "$again" ] || fail "the replay answered $again, the first write $first"
log "  created $first once; the replay answered the same"

log "podman-compose down"
note_volumes
compose down -t 10 > /tmp/linli-smoke-down.log 2>&1 || {
  cat /tmp/linli-smoke-down.log
  fail "down failed"
}
left=$(podman ps -a --filter "label=io.podman.compose.project=$PROJECT" --format '{{.Names}}')
[ -z "$left" ] || fail "containers left after down: $left"
log "SMOKE OK"
