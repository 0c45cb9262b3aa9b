#!/usr/bin/env bash
# Writes ./.env for compose.yaml once: a random PostgreSQL password, one gateway secret per agency
# and one directory-feed secret per reading agency. Run from the checkout's root; an existing .env is kept (the secrets stay the same).
set -euo pipefail
cd "$(dirname "$0")/.."
[ -f .env ] && { echo ".env exists; kept"; exit 0; }
secret() { od -An -N32 -tx1 /dev/urandom | tr -d ' \n'; }
umask 077
{
  echo "POSTGRES_PASSWORD=$(secret)"
  for prefix in PARTY PROPERTY UNITS VOLUNTEER; do echo "${prefix}_GATEWAY_SECRET=$(secret)"; done
  for prefix in PROPERTY UNITS VOLUNTEER; do echo "${prefix}_DIRECTORY_SECRET=$(secret)"; done
} > .env
echo "wrote .env"
