#!/usr/bin/env bash
# Proves that a database of an earlier version migrates to this one without loss (issue 13):
#   tools/migreringsprove.sh [OLD_REV] [CASES]
# Builds OLD_REV (default: the commit before the model snapshot, 24b30bd) in a git worktree, seeds the demo office and
# CASES generated cases (default 10 000) with it into a throwaway PostgreSQL cluster, counts the rows of every table,
# hands it to the owner role as an operator would (tools/db/roller.sql, then tools/db/overta.sql: docs/operations.md,
# «Database roles»), migrates it with this checkout as that role, counts again, and checks that the app of this
# checkout, logged in as the application's role, answers /health/ready (Healthy, or Degraded while a rate is missing).
# Every table of the old version must still be there with as many rows, except the history table, which grows by the
# migrations added since, and a derived index a migration rebuilds (AVLEDET below); tables added since are listed.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
OLD_REV=${1:-24b30bd}
CASES=${2:-10000}
WORK=$(mktemp -d /tmp/migreringsprove.XXXXXX)
BIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
export PGHOST=127.0.0.1 PGPORT=$PORT PGUSER=namsmannen PGDATABASE=namsmannen
CONN="Host=127.0.0.1;Port=$PORT;Database=namsmannen;Username=namsmannen"
# The roles' password is roller.sql's local one; the throwaway cluster trusts every local login anyway.
CONN_EIER="Host=127.0.0.1;Port=$PORT;Database=namsmannen;Username=namsmannen_eier;Password=namsmannen-lokal"
CONN_APP="Host=127.0.0.1;Port=$PORT;Database=namsmannen;Username=namsmannen_app;Password=namsmannen-lokal"

cleanup() {
  pg "$BIN/pg_ctl" -D "$WORK/pgdata" -m immediate stop >/dev/null 2>&1 || true
  [ -n "${APP_PID:-}" ] && kill "$APP_PID" 2>/dev/null || true
  git -C "$ROOT" worktree remove --force "$WORK/gammel" >/dev/null 2>&1 || true
  rm -rf "$WORK"
}
trap cleanup EXIT

say() { printf '==> %s\n' "$*"; }

# PostgreSQL refuses to run as root: then the cluster belongs to the postgres user, as LocalPostgres does it.
pg() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
chmod 755 "$WORK"
mkdir "$WORK/pgdata"
[ "$(id -u)" -ne 0 ] || chown postgres "$WORK/pgdata"
say "Throwaway PostgreSQL ($("$BIN/postgres" --version)) on port $PORT"
pg "$BIN/initdb" -D "$WORK/pgdata" -U namsmannen --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
pg "$BIN/pg_ctl" -D "$WORK/pgdata" -o "-p $PORT -k $WORK/pgdata -c fsync=off" -l "$WORK/pgdata/pg.log" start >/dev/null
createdb namsmannen

say "Building $OLD_REV ($(git log -1 --format=%s "$OLD_REV" | cut -c1-70))"
git worktree add --detach "$WORK/gammel" "$OLD_REV" >/dev/null 2>&1
dotnet build "$WORK/gammel/src/Namsmannen.Web" -c Release -nologo -clp:ErrorsOnly -v:q
say "Seeding the demo office and $CASES cases with $OLD_REV"
(cd "$WORK/gammel/src/Namsmannen.Web" && ConnectionStrings__Namsmannen="$CONN" ASPNETCORE_ENVIRONMENT=Development \
  dotnet bin/Release/net10.0/Namsmannen.Web.dll seed --cases "$CASES" | tail -1)

count_rows() {
  psql -Atq -c "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY 1" |
    while read -r t; do printf '%s %s\n' "$t" "$(psql -Atq -c "SELECT count(*) FROM \"$t\"")"; done
}
count_rows > "$WORK/for.txt"

say "Handing it to the owner role (tools/db/roller.sql, tools/db/overta.sql)"
psql -v ON_ERROR_STOP=1 -q -f tools/db/roller.sql
psql -v ON_ERROR_STOP=1 -q -f tools/db/overta.sql
# In Development the local simulators keep their state in a schema of the application's role (LocalDatabase does the same).
psql -v ON_ERROR_STOP=1 -q -c "CREATE SCHEMA IF NOT EXISTS simulator AUTHORIZATION namsmannen_app"

say "Migrating the same database with this checkout, as the owner role"
dotnet build src/Namsmannen.Web -c Release -nologo -clp:ErrorsOnly -v:q
(cd src/Namsmannen.Web && ConnectionStrings__Namsmannen="$CONN_APP" ConnectionStrings__NamsmannenEier="$CONN_EIER" ASPNETCORE_ENVIRONMENT=Development \
  dotnet bin/Release/net10.0/Namsmannen.Web.dll migrate | grep -E "Applied|up to date" || true)
count_rows > "$WORK/etter.txt"

# Tables whose rows a migration rebuilds from other tables, so their count may change without anything lost:
# saker_navneord, the name search's word index, rebuilt from the debtors' names by NavnesokFoldet.
AVLEDET=" saker_navneord "
say "Rows per table, before → after"
join "$WORK/for.txt" "$WORK/etter.txt" | awk -v avledet="$AVLEDET" '{ mark = ($2 == $3) ? "" : (index(avledet, " " $1 " ") ? "   (rebuilt by a migration)" : "   <- differs"); printf "  %-32s %10s %10s%s\n", $1, $2, $3, mark }'
join -v 2 "$WORK/for.txt" "$WORK/etter.txt" | awk '{ printf "  %-32s %10s %10s   (new since)\n", $1, "-", $2 }'
ulike=$(join "$WORK/for.txt" "$WORK/etter.txt" | awk -v avledet="$AVLEDET" '$1 != "__EFMigrationsHistory" && !index(avledet, " " $1 " ") && $2 != $3' | wc -l)
tabeller=$(wc -l < "$WORK/for.txt")
borte=$(join -v 1 "$WORK/for.txt" "$WORK/etter.txt" | cut -d' ' -f1)
[ -z "$borte" ] || { echo "tables gone after the migration: $borte"; exit 1; }
saker=$(psql -Atq -c "SELECT count(*) FROM saker")

say "Starting this checkout's app on the migrated database"
APP_PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
(cd src/Namsmannen.Web && ConnectionStrings__Namsmannen="$CONN_APP" ConnectionStrings__NamsmannenEier="$CONN_EIER" ASPNETCORE_ENVIRONMENT=Development Demo__Seed=false \
  ASPNETCORE_URLS="http://127.0.0.1:$APP_PORT" exec dotnet bin/Release/net10.0/Namsmannen.Web.dll > "$WORK/app.log" 2>&1) &
APP_PID=$!
svar=$(python3 - "$APP_PORT" <<'PY'
import sys, time, urllib.request, urllib.error
port = sys.argv[1]
for _ in range(90):
    try:
        urllib.request.urlopen(f"http://127.0.0.1:{port}/health/live", timeout=2)
        break
    except Exception:
        time.sleep(1)
try:
    print(urllib.request.urlopen(f"http://127.0.0.1:{port}/health/ready", timeout=10).read().decode())
except urllib.error.HTTPError as e:
    print(e.read().decode() or e.code)
except Exception as e:
    print("FEIL", e)
PY
)
echo "  /health/ready: $svar"

# The app's login must neither own the audit log nor be a superuser (what /health/ready also checks, among others).
eier=$(psql -Atq -U namsmannen_app -c "SELECT r.rolsuper OR pg_has_role(current_user, c.relowner, 'USAGE') FROM pg_class c, pg_roles r WHERE c.oid = 'saks_hendelser'::regclass AND r.rolname = current_user")
echo "  the application's login owns the audit log or is a superuser: $eier"
# Degraded is the expected readiness of a database from before the rates were data: the rates the migration takes from
# satser.json have no forsinkelsesrente from 1 July 2026 until an administrator adds it (issue 20's acceptance case).
if [ "$ulike" -eq 0 ] && [ "$eier" = "f" ] && { [ "$svar" = "Healthy" ] || [ "$svar" = "Degraded" ]; }; then
  say "OK: $tabeller tables, $saker cases, every count equal before and after; the migrated database answers ($svar)"
else
  say "FAILED: $ulike table(s) differ, the application's login owns the audit log: $eier, readiness '$svar'"
  exit 1
fi
