#!/usr/bin/env bash
# Start a local PostgreSQL server for the test suite's second pass and print
# its DATABASE_URL. Debian packages only; safe to run twice.
set -euo pipefail

if ! ls /usr/lib/postgresql/*/bin/pg_ctl >/dev/null 2>&1; then
  echo "Installing Debian's postgresql…" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >&2
  apt-get install -y -qq --no-install-recommends postgresql >/dev/null
fi

version=$(ls /usr/lib/postgresql | sort -V | tail -n 1)
if ! pg_lsclusters -h | grep -q "^$version main"; then
  pg_createcluster "$version" main >&2
fi
if ! pg_lsclusters -h | awk -v v="$version" '$1 == v && $2 == "main" {print $4}' | grep -q online; then
  pg_ctlcluster "$version" main start >&2
fi
port=$(pg_lsclusters -h | awk -v v="$version" '$1 == v && $2 == "main" {print $3}')

su postgres -c "psql -q -p $port -tc \"SELECT 1 FROM pg_roles WHERE rolname = 'newsdesk'\"" | grep -q 1 ||
  su postgres -c "psql -q -p $port -c \"CREATE ROLE newsdesk LOGIN SUPERUSER PASSWORD 'newsdesk'\"" >&2
su postgres -c "psql -q -p $port -tc \"SELECT 1 FROM pg_database WHERE datname = 'newsdesk'\"" | grep -q 1 ||
  su postgres -c "createdb -p $port -O newsdesk newsdesk" >&2

echo "postgres://newsdesk:newsdesk@127.0.0.1:$port/newsdesk"
