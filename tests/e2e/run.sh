#!/usr/bin/env bash
# Browser tests of the web UI against a real mamori server on a temporary database.
#   tests/e2e/run.sh path/to/mamori
# Builds web/dist if it is missing, prepares a database with the CLI (two
# organisations, an admin and another user), starts `mamori serve` on a free port,
# runs the scenarios in Debian's chromium, stops the server. The last line is
# "N passed, N failed"; the exit status is non-zero on any failure.
set -euo pipefail

if [[ $# -lt 1 ]]; then
  echo "usage: $0 path/to/mamori" >&2
  exit 2
fi
mamori=$(realpath "$1")
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(cd "$here/../.." && pwd)
cd "$repo"

if [[ ! -x "$mamori" ]]; then
  echo "not an executable: $mamori" >&2
  exit 2
fi
if [[ ! -f web/dist/index.html ]]; then
  echo "building web/dist"
  (cd web && { [[ -d node_modules ]] || npm ci --no-audit --no-fund; } && npm run build) >/dev/null
fi
if [[ ! -d "$here/node_modules/playwright-core" ]]; then
  (cd "$here" && npm ci --no-audit --no-fund) >/dev/null
fi

tmp=$(mktemp -d "${TMPDIR:-/tmp}/mamori-e2e.XXXXXX")
server_pid=""
cleanup() {
  if [[ -n "$server_pid" ]] && kill -0 "$server_pid" 2>/dev/null; then
    kill "$server_pid" 2>/dev/null || true
    wait "$server_pid" 2>/dev/null || true
  fi
  rm -rf "$tmp"
}
trap cleanup EXIT

export E2E_ADMIN_EMAIL=admin@example.com
export E2E_ADMIN_PASSWORD='e2e admin password 1'
export E2E_FIRST_ORG='株式会社テスト'
export E2E_SECOND_ORG='Second Org 第二'
export E2E_OTHER_EMAIL=other@example.com
export E2E_OTHER_NAME='Other User'
db="$tmp/e2e.db"

MAMORI_ADMIN_PASSWORD="$E2E_ADMIN_PASSWORD" \
  "$mamori" init --db "$db" --org "$E2E_FIRST_ORG" --admin-email "$E2E_ADMIN_EMAIL" >"$tmp/init.log" 2>&1 \
  || { cat "$tmp/init.log" >&2; echo "0 passed, 1 failed"; exit 1; }
"$mamori" org add "$E2E_SECOND_ORG" --db "$db" >"$tmp/org.log" 2>&1 \
  || { cat "$tmp/org.log" >&2; echo "0 passed, 1 failed"; exit 1; }
MAMORI_PASSWORD='other user password 1' \
  "$mamori" user add "$E2E_OTHER_EMAIL" --db "$db" --name "$E2E_OTHER_NAME" >"$tmp/user.log" 2>&1 \
  || { cat "$tmp/user.log" >&2; echo "0 passed, 1 failed"; exit 1; }

"$mamori" serve --db "$db" --listen 127.0.0.1:0 --web-root web/dist >"$tmp/server.log" 2>&1 &
server_pid=$!

# Wait (at most 20 s) for "listening on http://127.0.0.1:PORT".
base_url=""
for _ in $(seq 1 200); do
  base_url=$(grep -oE 'listening on http://[0-9.]+:[0-9]+' "$tmp/server.log" | head -1 | sed 's/^listening on //' || true)
  [[ -n "$base_url" ]] && break
  if ! kill -0 "$server_pid" 2>/dev/null; then break; fi
  sleep 0.1
done
if [[ -z "$base_url" ]]; then
  echo "the server did not start:" >&2
  cat "$tmp/server.log" >&2
  echo "0 passed, 1 failed"
  exit 1
fi
echo "server at $base_url"

status=0
node "$here/main.mjs" --base-url "$base_url" | tee "$tmp/e2e.out" || status=$?
if [[ $status -ne 0 ]]; then
  echo "--- server log (last 40 lines) ---"
  tail -40 "$tmp/server.log"
  # Keep the summary as the last line.
  tail -1 "$tmp/e2e.out"
fi
exit $status
