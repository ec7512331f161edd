#!/usr/bin/env bash
# Runs every test suite and ends with one line: "N passed, N failed".
#  1. C++ unit, API-transcript and store tests, built with -Werror, twice: Debug with
#     AddressSanitizer + UndefinedBehaviorSanitizer, and optimised (Release).
#     Both runs use SQLite and a throwaway PostgreSQL cluster (pg_virtualenv).
#  2. The web UI's unit tests (vitest) and the browser end-to-end tests (Chromium).
set -uo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
# Let ccache reuse objects compiled in another checkout of the project (CI clones afresh).
export CCACHE_BASEDIR="$root" CCACHE_NOHASHDIR=true
jobs=$(nproc)
passed=0
failed=0
log_dir=$(mktemp -d)
trap 'rm -rf "$log_dir"' EXIT

count() {  # count PASSED FAILED: add to the totals
  passed=$((passed + $1))
  failed=$((failed + $2))
}

# Adds the counts of a ctest log ("x% tests passed, N tests failed out of M").
count_ctest() {
  local line total failures
  line=$(grep -E 'tests passed, [0-9]+ tests? failed out of [0-9]+' "$1" | tail -1)
  if [ -z "$line" ]; then
    echo "test run produced no ctest summary (build or start-up failure)"
    count 0 1
    return
  fi
  failures=$(sed -E 's/.* ([0-9]+) tests? failed out of ([0-9]+).*/\1/' <<<"$line")
  total=$(sed -E 's/.* ([0-9]+) tests? failed out of ([0-9]+).*/\2/' <<<"$line")
  count $((total - failures)) "$failures"
}

# Adds the counts of a log that ends with "N passed, N failed".
count_summary() {
  local line
  line=$(grep -E '^[0-9]+ passed, [0-9]+ failed' "$1" | tail -1)
  if [ -z "$line" ]; then
    echo "$2 produced no summary line"
    count 0 1
    return
  fi
  count "$(cut -d' ' -f1 <<<"$line")" "$(cut -d' ' -f3 <<<"$line")"
}

build() {  # build PRESET
  echo "== building $1 =="
  cmake --preset "$1" -DMAMORI_WERROR=ON >/dev/null && cmake --build --preset "$1" -j "$jobs"
}

run_ctest() {  # run_ctest PRESET: inside a throwaway PostgreSQL cluster
  echo "== C++ tests ($1, SQLite and PostgreSQL) =="
  pg_virtualenv -o "max_connections=200" env MAMORI_TEST_POSTGRES=postgresql:// \
    ctest --test-dir "build/$1" -j "$jobs" --output-on-failure --timeout 300 \
    > "$log_dir/ctest-$1.log" 2>&1
  grep -E 'tests passed' "$log_dir/ctest-$1.log"
  # On failure: which tests, and what they printed.
  grep -A40 'The following tests FAILED' "$log_dir/ctest-$1.log"
  grep -B2 -A80 -E '\*\*\*(Failed|Exception|Timeout)' "$log_dir/ctest-$1.log" | head -400
  count_ctest "$log_dir/ctest-$1.log"
}

for preset in dev release; do
  if build "$preset"; then
    run_ctest "$preset"
  else
    echo "build $preset FAILED"
    count 0 1
  fi
done

if [ -f web/package.json ]; then
  echo "== web UI unit tests =="
  if scripts/build-web.sh > "$log_dir/web-build.log" 2>&1; then
    (cd web && NO_COLOR=1 npx vitest run --reporter=dot) 2>&1 | sed 's/\x1b\[[0-9;]*m//g' > "$log_dir/vitest.log"
    tail -5 "$log_dir/vitest.log"
    tests_line=$(grep -E '^ *Tests ' "$log_dir/vitest.log" | tail -1)
    vitest_passed=$(grep -oE '[0-9]+ passed' <<<"$tests_line" | grep -oE '[0-9]+')
    vitest_failed=$(grep -oE '[0-9]+ failed' <<<"$tests_line" | grep -oE '[0-9]+')
    if [ -z "$tests_line" ]; then
      echo "vitest produced no summary"
      count 0 1
    else
      count "${vitest_passed:-0}" "${vitest_failed:-0}"
    fi
    if [ -x tests/e2e/run.sh ]; then
      echo "== browser end-to-end tests =="
      tests/e2e/run.sh "$root/build/release/mamori" > "$log_dir/e2e.log" 2>&1
      tail -15 "$log_dir/e2e.log"
      count_summary "$log_dir/e2e.log" "the browser tests"
    fi
  else
    tail -30 "$log_dir/web-build.log"
    echo "web build FAILED"
    count 0 1
  fi
fi

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
