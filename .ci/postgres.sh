#!/usr/bin/env bash
# Start a private PostgreSQL cluster on 127.0.0.1:$PGPORT (no systemd needed) and print its URL.
# Usage: .ci/postgres.sh start|stop   (installs Debian's postgresql when missing)
set -euo pipefail
PGPORT=${PGPORT:-54329}
PGDIR=${PGDIR:-/tmp/aipmo-pg}
BIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)

if [ "${1:-start}" = stop ]; then
  [ -n "$BIN" ] && su postgres -c "$BIN/pg_ctl -D $PGDIR/data -m fast stop" >/dev/null 2>&1 || true
  exit 0
fi

if [ -z "$BIN" ]; then
  apt-get update -qq >/dev/null
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
  BIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
fi
su postgres -c "$BIN/pg_ctl -D $PGDIR/data -m fast stop" >/dev/null 2>&1 || true
rm -rf "$PGDIR" && mkdir -p "$PGDIR/sock" && chown -R postgres "$PGDIR"
su postgres -c "$BIN/initdb -D $PGDIR/data -U postgres --auth-local=trust --auth-host=trust -E UTF8 --locale=C.UTF-8" >/dev/null
su postgres -c "$BIN/pg_ctl -D $PGDIR/data -l $PGDIR/log -w -o '-p $PGPORT -k $PGDIR/sock -c listen_addresses=127.0.0.1' start" >/dev/null
echo "postgresql://postgres@127.0.0.1:$PGPORT/postgres"
