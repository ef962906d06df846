#!/usr/bin/env bash
# Namsmannen's one entry point. See README.md.
#   ./build.sh run       install what is missing, start a local PostgreSQL, migrate, seed demo data, serve :5080
#   ./build.sh test      install what is missing (PostgreSQL, Chromium), check formatting, run every test
#   ./build.sh migrate   apply migrations to the configured database (ConnectionStrings__Namsmannen);
#                        migrate --script [FILE]: write them as one idempotent SQL script instead
#   ./build.sh bench     benchmarks: ./build.sh bench ingest | dashboard | ledger | trekk | letters (see docs/performance.md)
#   ./build.sh seed      --cases N: generate N cases in the local (or configured) database
#   ./build.sh innbetalinger FIL: book the bank's camt.054 file of payments (the bank integration)
#   ./build.sh trekkoppfolging: run the daily follow-up of every running trekk now (the scheduler runs it at 06:00)
#   ./build.sh deps      only install what is missing (PostgreSQL, Chromium)
set -euo pipefail
cd "$(dirname "$0")"
ROOT=$(pwd)

say() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }
die() { printf 'build.sh: %s\n' "$*" >&2; exit 1; }

# Installs Debian packages that are missing. As root it installs them; otherwise it says what to install.
ensure_packages() {
  local missing=()
  for pkg in "$@"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  if [ "$(id -u)" -eq 0 ]; then
    say "Installing ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq >/dev/null
    apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  elif command -v sudo >/dev/null && sudo -n true 2>/dev/null; then
    say "Installing ${missing[*]} (sudo)"
    sudo DEBIAN_FRONTEND=noninteractive apt-get update -qq >/dev/null
    sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  else
    die "missing packages: ${missing[*]}. Install them with: sudo apt-get install ${missing[*]}"
  fi
}

ensure_dotnet() {
  command -v dotnet >/dev/null || die "the .NET 10 SDK is missing: see https://learn.microsoft.com/dotnet/core/install/linux-debian"
}

# PostgreSQL's server binaries (initdb, pg_ctl), unless a database is configured.
ensure_postgres() {
  if [ -n "${ConnectionStrings__Namsmannen:-}" ] && [ "${1:-}" != "always" ]; then return 0; fi
  if ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then return 0; fi
  ensure_packages postgresql
}

ensure_chromium() {
  [ -x /usr/bin/chromium ] && return 0
  ensure_packages chromium fonts-liberation
}

build() {
  say "Building"
  dotnet build Namsmannen.sln -c "${CONFIGURATION:-Debug}" -nologo -clp:ErrorsOnly -v:q
}

cmd_run() {
  ensure_dotnet
  ensure_postgres
  build
  say "Starting Namsmannen (Ctrl+C stops the app and its local database)"
  export ASPNETCORE_ENVIRONMENT="${ASPNETCORE_ENVIRONMENT:-Development}"
  export ASPNETCORE_URLS="${ASPNETCORE_URLS:-http://localhost:5080}"
  cd src/Namsmannen.Web
  exec dotnet "bin/${CONFIGURATION:-Debug}/net10.0/Namsmannen.Web.dll"
}

cmd_migrate() {
  ensure_dotnet
  if [ "${1:-}" = "--script" ]; then
    # An idempotent SQL script of every migration, for operators who apply SQL themselves (docs/operations.md).
    local out="${2:-namsmannen-migrations.sql}"
    dotnet tool restore >/dev/null
    dotnet ef migrations script --idempotent --project src/Namsmannen.Application --startup-project src/Namsmannen.Application \
      --output "$out" >&2
    say "Wrote $out"
    return 0
  fi
  ensure_postgres
  build
  export ASPNETCORE_ENVIRONMENT="${ASPNETCORE_ENVIRONMENT:-Development}"
  cd src/Namsmannen.Web
  exec dotnet "bin/${CONFIGURATION:-Debug}/net10.0/Namsmannen.Web.dll" migrate
}

# The Release app as one of its commands (seed, innbetalinger), against the database `run` uses.
app_command() {
  ensure_dotnet
  ensure_postgres
  CONFIGURATION=Release build
  export ASPNETCORE_ENVIRONMENT="${ASPNETCORE_ENVIRONMENT:-Development}"
  cd src/Namsmannen.Web
  exec dotnet bin/Release/net10.0/Namsmannen.Web.dll "$@"
}

# ./build.sh seed --cases N: N generated cases on top of the demo office, in the same database `run` uses.
cmd_seed() { app_command seed "$@"; }

# ./build.sh innbetalinger FIL: the bank integration books a camt.054 file in the database `run` uses (any size;
# the office's upload page takes up to 20 MB). Prints how many lines were booked, went to suspense, or were seen before.
cmd_innbetalinger() {
  [ -n "${1:-}" ] && [ -f "$1" ] || die "which file? ./build.sh innbetalinger FIL (a camt.054 file from the bank)"
  app_command innbetalinger "$(cd "$(dirname "$1")" && pwd)/$(basename "$1")"
}

# ./build.sh trekkoppfolging: the scheduler's daily follow-up of every running trekk, now, in the database `run` uses.
cmd_trekkoppfolging() { app_command trekkoppfolging; }

cmd_test() {
  ensure_dotnet
  [ -n "${NAMSMANNEN_TEST_DATABASE:-}" ] || ensure_postgres always
  ensure_chromium
  local started=$SECONDS
  build
  # Which PostgreSQL the tests use, in the tests' own words (the fixture's choice: see docs/decisions/0004).
  say "$(dotnet test tests/Namsmannen.Application.Tests --no-build -c "${CONFIGURATION:-Debug}" -nologo \
    --filter 'FullyQualifiedName~PostgresValgTests' 2>&1 | grep -o 'PostgreSQL for the tests: .*' | head -1 \
    || echo 'PostgreSQL for the tests: not reported (see the test logs)')"
  say "Checking formatting (dotnet format --verify-no-changes)"
  dotnet format Namsmannen.sln --verify-no-changes --no-restore || die "formatting differs: run 'dotnet format Namsmannen.sln' and commit"

  say "Running tests"
  local log status=0 dir
  dir=$(mktemp -d)
  log="$dir/all.log"
  # Domain, application and web tests run side by side; the Chromium journeys run after them, so on a 2-core
  # machine the browser is not starved of CPU while three other test hosts and their databases are busy.
  local pids=()
  for project in Namsmannen.Domain.Tests Namsmannen.Application.Tests Namsmannen.Web.Tests; do
    dotnet test "tests/$project" --no-build -c "${CONFIGURATION:-Debug}" -nologo > "$dir/$project.log" 2>&1 &
    pids+=($!)
  done
  for pid in "${pids[@]}"; do wait "$pid" || status=$?; done
  dotnet test tests/Namsmannen.Browser.Tests --no-build -c "${CONFIGURATION:-Debug}" -nologo > "$dir/Namsmannen.Browser.Tests.log" 2>&1 || status=$?
  cat "$dir"/Namsmannen.*.log > "$log"
  # Show what failed, with its message, and each assembly's result line.
  grep -a -E -A25 '^\s+Failed [A-Za-z]' "$log" || true
  grep -a -E '(Passed|Failed)! +- Failed: ' "$log" || true
  # Sum the per-assembly lines "Passed!  - Failed: 0, Passed: 28, Skipped: 0, Total: 28".
  local summary
  summary=$(grep -a -E '(Passed|Failed)! +- Failed: ' "$log" | sed -E 's/.*Failed: +([0-9]+), Passed: +([0-9]+), Skipped: +([0-9]+).*/\1 \2 \3/' \
    | awk '{f+=$1; p+=$2; s+=$3; n++} END {printf "%d %d %d %d", p, f, s, n}')
  # xunit reports a failing fixture teardown outside the counts; it is a failure all the same.
  local cleanup
  cleanup=$(grep -a -c 'Cleanup Failure' "$log" || true)
  [ -z "${NAMSMANNEN_TEST_LOGG:-}" ] || cp "$log" "$NAMSMANNEN_TEST_LOGG"
  rm -rf "$dir"
  read -r passed failed skipped assemblies <<<"$summary"
  failed=$((failed + cleanup))
  [ "${assemblies:-0}" -ge 4 ] || { echo "0 passed, 1 failed"; die "expected 4 test assemblies to report, saw ${assemblies:-0}"; }
  say "Tests took $((SECONDS - started)) s"
  if [ "$skipped" -gt 0 ]; then
    echo "$passed passed, $failed failed, $skipped skipped"
  else
    echo "$passed passed, $failed failed"
  fi
  [ "$status" -eq 0 ] && [ "$failed" -eq 0 ]
}

# ./build.sh bench ingest [--rows N] [--clients C]: a Release build of the app against a fresh database on a local
# cluster with normal durability (.local/bench-pgdata), or on NAMSMANNEN_BENCH_DATABASE. See docs/performance.md.
cmd_bench() {
  [ -n "${1:-}" ] || die "which benchmark? ./build.sh bench ingest, or ./build.sh bench dashboard (see docs/performance.md)"
  ensure_dotnet
  [ -n "${NAMSMANNEN_BENCH_DATABASE:-}" ] || ensure_postgres always
  [ "$1" != "letters" ] || ensure_chromium
  CONFIGURATION=Release build
  dotnet bench/Namsmannen.Benchmarks/bin/Release/net10.0/Namsmannen.Benchmarks.dll "$@" \
    --web src/Namsmannen.Web/bin/Release/net10.0/Namsmannen.Web.dll
}

case "${1:-}" in
  deps) ensure_dotnet; ensure_postgres always; ensure_chromium ;;
  run) cmd_run ;;
  test) cmd_test ;;
  migrate) shift; cmd_migrate "$@" ;;
  seed) shift; cmd_seed "$@" ;;
  innbetalinger) shift; cmd_innbetalinger "$@" ;;
  trekkoppfolging) cmd_trekkoppfolging ;;
  bench) shift; cmd_bench "$@" ;;
  *) sed -n '2,11p' "$0" | sed 's/^# \{0,1\}//'; exit 2 ;;
esac
