#!/usr/bin/env bash
# A local PostgreSQL server for the tests (idempotent): installs Debian's package when absent,
# creates a cluster of our own on port ${EQUILIBRE_PG_PORT:-5439} (the server refuses to run
# as root, so it runs as `postgres` through pg_ctlcluster), starts it, and makes a role that may
# create one database per test. Prints the admin URL the tests use.
set -euo pipefail

PORT=${EQUILIBRE_PG_PORT:-5439}

# Only the URL goes to standard output (callers capture it): what the tools print —
# pg_ctlcluster says "Removed stale pid file." after a reboot — goes to standard error. (Not
# through a spare descriptor: the server started here would inherit it and keep the caller's
# capture open for ever.)
prepare() {
  CLUSTER=equilibre
  SUDO=""
  AS_POSTGRES="runuser -u postgres --"
  if [ "$(id -u)" != 0 ]; then SUDO=sudo; AS_POSTGRES="sudo -u postgres"; fi
  log() { printf '\033[1m[postgres]\033[0m %s\n' "$*" >&2; }

  if ! ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1 || ! command -v pg_ctlcluster >/dev/null; then
    log "apt-get install postgresql"
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq postgresql >/dev/null
  fi
  VERSION=$(ls /usr/lib/postgresql | sort -V | tail -1)

  if ! pg_lsclusters -h | awk '{print $1" "$2}' | grep -qx "$VERSION $CLUSTER"; then
    log "creating cluster $VERSION/$CLUSTER on port $PORT"
    # Test data only: no fsync (a crash loses nothing the tests need), enough connections for
    # parallel tests each running servers with their own pools.
    $SUDO pg_createcluster -p "$PORT" "$VERSION" "$CLUSTER" -- --auth-local=trust --auth-host=scram-sha-256 >/dev/null
    cat <<CONF | $SUDO tee "/etc/postgresql/$VERSION/$CLUSTER/conf.d/equilibre.conf" >/dev/null
listen_addresses = '127.0.0.1'
max_connections = 300
fsync = off
synchronous_commit = off
full_page_writes = off
CONF
  fi
  if ! pg_lsclusters -h | awk -v v="$VERSION" -v c="$CLUSTER" '$1==v && $2==c {print $4}' | grep -qx online; then
    log "starting cluster $VERSION/$CLUSTER"
    $SUDO pg_ctlcluster "$VERSION" "$CLUSTER" start
  fi
  # The role the tests connect as (superuser of this test cluster only: creates and drops databases).
  $AS_POSTGRES psql -q -p "$PORT" -v ON_ERROR_STOP=1 >/dev/null <<'SQL'
DO $$ BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'equilibre') THEN
    CREATE ROLE equilibre LOGIN SUPERUSER PASSWORD 'equilibre';
  END IF;
END $$;
SQL
  # The databases earlier test runs left behind (one per test).
  for db in $($AS_POSTGRES psql -At -p "$PORT" -c "SELECT datname FROM pg_database WHERE datname LIKE 'eqtest\_%'"); do
    $AS_POSTGRES psql -q -p "$PORT" -c "DROP DATABASE \"$db\" WITH (FORCE)" >/dev/null
  done
}
prepare >&2
echo "postgres://equilibre:equilibre@127.0.0.1:$PORT/postgres"
