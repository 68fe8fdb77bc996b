#!/usr/bin/env bash
# Start a local Redis server for the test suite's second pass and print its
# REDIS_URL. Debian packages only; `.ci/redis.sh stop` stops the server this
# script started (its pid file names it).
set -euo pipefail
dir=${NEWSDESK_CI_REDIS_DIR:-/tmp/newsdesk-ci-redis}

if [ "${1:-}" = stop ]; then
  if [ -f "$dir/redis.pid" ]; then
    kill "$(cat "$dir/redis.pid")" 2>/dev/null || true
    rm -f "$dir/redis.pid"
  fi
  exit 0
fi

if ! command -v redis-server >/dev/null 2>&1; then
  echo "Installing Debian's redis-server…" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >&2
  apt-get install -y -qq --no-install-recommends redis-server >/dev/null
fi

mkdir -p "$dir"
if [ -f "$dir/redis.pid" ] && kill -0 "$(cat "$dir/redis.pid")" 2>/dev/null; then
  port=$(cat "$dir/redis.port")
else
  port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
  redis-server --bind 127.0.0.1 --port "$port" --save "" --appendonly no \
    --dir "$dir" --daemonize yes --pidfile "$dir/redis.pid" --logfile "$dir/redis.log" >&2
  echo "$port" > "$dir/redis.port"
  for _ in $(seq 50); do
    redis-cli -p "$port" ping >/dev/null 2>&1 && break
    sleep 0.1
  done
fi

echo "redis://127.0.0.1:$port/0"
