#!/usr/bin/env bash
# Proves that a database of an earlier version migrates to this one without loss (issue 13):
#   tools/migreringsprove.sh [OLD_REV] [CASES]
# Builds OLD_REV (default: the commit before the model snapshot, 24b30bd) in a git worktree, seeds the demo office and
# CASES generated cases (default 10 000) with it into a throwaway PostgreSQL cluster, counts the rows of every table,
# migrates the same database with this checkout, counts again, and checks that the app of this checkout reports ready.
# Every count must be equal, except the history table's, which grows by the migrations added since.
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

say "Migrating the same database with this checkout"
dotnet build src/Namsmannen.Web -c Release -nologo -clp:ErrorsOnly -v:q
(cd src/Namsmannen.Web && ConnectionStrings__Namsmannen="$CONN" ASPNETCORE_ENVIRONMENT=Development \
  dotnet bin/Release/net10.0/Namsmannen.Web.dll migrate | grep -E "Applied|up to date" || true)
count_rows > "$WORK/etter.txt"

say "Rows per table, before → after"
join "$WORK/for.txt" "$WORK/etter.txt" | awk '{ mark = ($2 == $3) ? "" : "   <- differs"; printf "  %-32s %10s %10s%s\n", $1, $2, $3, mark }'
ulike=$(join "$WORK/for.txt" "$WORK/etter.txt" | awk '$1 != "__EFMigrationsHistory" && $2 != $3' | wc -l)
tabeller=$(wc -l < "$WORK/for.txt")
[ "$(cut -d' ' -f1 "$WORK/for.txt")" = "$(cut -d' ' -f1 "$WORK/etter.txt")" ] || { echo "the set of tables changed"; exit 1; }
saker=$(psql -Atq -c "SELECT count(*) FROM saker")

say "Starting this checkout's app on the migrated database"
APP_PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
(cd src/Namsmannen.Web && ConnectionStrings__Namsmannen="$CONN" ASPNETCORE_ENVIRONMENT=Development Demo__Seed=false \
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

if [ "$ulike" -eq 0 ] && [ "$svar" = "Healthy" ]; then
  say "OK: $tabeller tables, $saker cases, every count equal before and after; the migrated database is ready"
else
  say "FAILED: $ulike table(s) differ, readiness '$svar'"
  exit 1
fi
