#!/usr/bin/env bash
# HTTP benchmark: Mamori against nginx serving same-size static JSON, in the same run, on
# this machine (loopback only). Prints requests/s, p99 latency and the ratio to nginx for
#   /healthz                          vs nginx serving the same 15-byte JSON
#   GET /api/v1/orgs/{org}/members?limit=50 (signed in; 50 rows from the database)
#                                     vs nginx serving a file of the same bytes
# Usage: bench/run.sh [seconds per run, default 10] [connections, default 64]
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-10}
connections=${2:-64}
mamori=build/release/mamori
[ -x "$mamori" ] || { echo "build first: make build" >&2; exit 2; }
command -v wrk >/dev/null && command -v nginx >/dev/null || { echo "needs wrk and nginx (make deps)" >&2; exit 2; }

work=$(mktemp -d)
chmod 755 "$work"  # nginx workers (www-data when started as root) read files here
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

echo "[1/5] preparing a database with 60 members"
db="$work/bench.db"
export MAMORI_PASSWORD_HASH_COST=fast
MAMORI_ADMIN_PASSWORD='benchmark password 1' \
  "$mamori" init --db "$db" --org '株式会社ベンチマーク' --admin-email admin@bench.example >/dev/null
"$mamori" serve --db "$db" --listen 127.0.0.1:0 > "$work/mamori.out" 2> "$work/mamori.log" &
pids+=($!)
for _ in $(seq 100); do grep -q listening "$work/mamori.out" 2>/dev/null && break; sleep 0.1; done
port=$(grep -o '127.0.0.1:[0-9]*' "$work/mamori.out" | cut -d: -f2)
base="http://127.0.0.1:$port"
login=$(curl -sf -c "$work/jar" -H 'Content-Type: application/json' \
  -d '{"email":"admin@bench.example","password":"benchmark password 1"}' "$base/api/v1/auth/login")
csrf=$(sed -E 's/.*"csrf_token":"([^"]+)".*/\1/' <<<"$login")
org=$(curl -sf -b "$work/jar" "$base/api/v1/orgs" | sed -E 's/.*"id":"([^"]+)".*/\1/')
for index in $(seq -w 1 59); do
  curl -sf -o /dev/null -b "$work/jar" -H "X-CSRF-Token: $csrf" -H 'Content-Type: application/json' \
    -d "{\"email\":\"member$index@bench.example\",\"display_name\":\"社員 $index\",\"password\":\"member password $index\",\"roles\":[\"employee\"]}" \
    "$base/api/v1/orgs/$org/members"
  printf '\r      %s/59' "$index"
done
echo
cookie=$(grep mamori_session "$work/jar" | awk '{print $7}')
list_path="/api/v1/orgs/$org/members?limit=50"

echo "[2/5] starting nginx with files of the same size"
nginx_port=18099
while ss -ltn | grep -q ":$nginx_port "; do nginx_port=$((nginx_port + 1)); done
mkdir -p "$work/www"
curl -sf "$base/healthz" > "$work/www/healthz.json"
curl -sf -b "$work/jar" "$base$list_path" > "$work/www/list.json"
chmod -R a+rX "$work/www"
cat > "$work/nginx.conf" <<CONF
worker_processes auto;
pid $work/nginx.pid;
error_log $work/nginx-error.log;
events { worker_connections 1024; }
http {
  # Both servers log every request, buffered and flushed at least once a second.
  access_log $work/nginx-access.log combined buffer=64k flush=1s;
  default_type application/json;
  keepalive_requests 1000000;
  client_body_temp_path $work/nginx-body;
  server {
    listen 127.0.0.1:$nginx_port;
    root $work/www;
  }
}
CONF
nginx -c "$work/nginx.conf" -g 'daemon off;' &
pids+=($!)
sleep 0.5
nginx_base="http://127.0.0.1:$nginx_port"
curl -sf "$nginx_base/list.json" -o /dev/null || { echo "nginx did not start" >&2; cat "$work/nginx-error.log" >&2; exit 1; }

run() {  # run NAME URL [header]: prints "requests_per_second p99_ms"
  local output
  if [ -n "${3:-}" ]; then
    output=$(wrk -t2 -c"$connections" -d"${seconds}s" --latency -H "$3" "$2")
  else
    output=$(wrk -t2 -c"$connections" -d"${seconds}s" --latency "$2")
  fi
  local rps p99
  rps=$(awk '/Requests\/sec/ {print $2}' <<<"$output")
  p99=$(awk '$1 == "99%" {print $2}' <<<"$output")
  local errors
  errors=$(grep -E 'Non-2xx|Socket errors' <<<"$output" || true)
  [ -n "$errors" ] && echo "   $1: $errors" >&2
  echo "$rps $p99"
}

to_ms() {  # wrk prints 1.23ms / 850.00us / 1.2s
  awk -v v="$1" 'BEGIN { if (v ~ /us$/) { sub(/us/, "", v); print v / 1000 } else if (v ~ /ms$/) { sub(/ms/, "", v); print v + 0 } else { sub(/s/, "", v); print v * 1000 } }'
}

echo "[3/5] nginx /healthz.json (${seconds}s, $connections connections)"
read -r nginx_health_rps nginx_health_p99 < <(run nginx-health "$nginx_base/healthz.json")
echo "[4/5] mamori /healthz"
read -r mamori_health_rps mamori_health_p99 < <(run mamori-health "$base/healthz")
echo "[5/5] nginx list.json, then mamori's signed-in 50-row list"
read -r nginx_list_rps nginx_list_p99 < <(run nginx-list "$nginx_base/list.json")
read -r mamori_list_rps mamori_list_p99 < <(run mamori-list "$base$list_path" "Cookie: mamori_session=$cookie")

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }
mkdir -p bench/results
report="bench/results/http-$(date -u +%Y%m%dT%H%M%SZ).txt"
{
  echo "Mamori HTTP benchmark, $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, wrk -t2 -c$connections -d${seconds}s"
  echo "response sizes: healthz $(wc -c < "$work/www/healthz.json") B, list $(wc -c < "$work/www/list.json") B"
  printf '%-22s %12s %10s %14s\n' "endpoint" "req/s" "p99 ms" "ratio to nginx"
  printf '%-22s %12s %10s %14s\n' "nginx healthz.json" "$nginx_health_rps" "$(to_ms "$nginx_health_p99")" "1.00"
  printf '%-22s %12s %10s %14s\n' "mamori /healthz" "$mamori_health_rps" "$(to_ms "$mamori_health_p99")" "$(ratio "$mamori_health_rps" "$nginx_health_rps")"
  printf '%-22s %12s %10s %14s\n' "nginx list.json" "$nginx_list_rps" "$(to_ms "$nginx_list_p99")" "1.00"
  printf '%-22s %12s %10s %14s\n' "mamori 50-row list" "$mamori_list_rps" "$(to_ms "$mamori_list_p99")" "$(ratio "$mamori_list_rps" "$nginx_list_rps")"
  echo "targets: healthz >= 0.90x nginx, list >= 0.50x nginx, p99 < 20 ms"
} | tee "$report"

# The Google Benchmark programs, each with its own reference in the same run.
if [ -x build/release/bench/xlsx_import_bench ]; then
  echo "xlsx import: reading a 100,000-asset sheet against only inflating it"
  build/release/bench/xlsx_import_bench --benchmark_repetitions=3 --benchmark_report_aggregates_only=true \
    | tee -a "$report" | awk '/_median/ { print; if ($1 ~ /Inflate/) ref = $2; else if (ref) printf "ratio to inflating only: %.1fx\n", $2 / ref }'
fi

# The risk register at scale: 100,000 assets and 300,000 risks in one organisation.
if [ -x build/release/bench/risk_register_bench ]; then
  echo "risk register: 100,000 assets and 300,000 risks (heat map, page, export against a scan)"
  build/release/bench/risk_register_bench --benchmark_repetitions=3 --benchmark_report_aggregates_only=true \
    | tee -a "$report" | awk '/_median/ { print; if ($1 ~ /ScanReference/) ref = $2; else if (ref) printf "ratio to the scan: %.1fx\n", $2 / ref }'
  echo "risk register over HTTP: the same data served by mamori"
  read -r risk_org risk_assessment < <(build/release/bench/risk_register_bench --generate "$work/risks.db" 2>/dev/null)
  "$mamori" serve --db "$work/risks.db" --listen 127.0.0.1:0 > "$work/risks.out" 2> "$work/risks.log" &
  risk_pid=$!
  pids+=("$risk_pid")
  for _ in $(seq 100); do grep -q listening "$work/risks.out" 2>/dev/null && break; sleep 0.1; done
  risk_base="http://127.0.0.1:$(grep -o '127.0.0.1:[0-9]*' "$work/risks.out" | cut -d: -f2)"
  curl -sf -c "$work/risk-jar" -H 'Content-Type: application/json' \
    -d '{"email":"admin@bench.example","password":"benchmark password 1"}' "$risk_base/api/v1/auth/login" >/dev/null
  risk_cookie="Cookie: mamori_session=$(grep mamori_session "$work/risk-jar" | awk '{print $7}')"
  register="$risk_base/api/v1/orgs/$risk_org/risk-assessments/$risk_assessment"
  read -r page_rps page_p99 < <(run risk-page "$register/risks?level=high&sort=-risk_value&limit=50" "$risk_cookie")
  # The asset inventory's first page: 50 of the 100,000 assets with inherited C/I/A.
  read -r asset_rps asset_p99 < <(run asset-page "$risk_base/api/v1/orgs/$risk_org/assets?limit=50" "$risk_cookie")
  rss_kib=$(awk '/VmHWM/ {print $2}' "/proc/$risk_pid/status")
  {
    printf '%-34s %10s req/s  p99 %8s ms\n' "register page (high, by value)" "$page_rps" "$(to_ms "$page_p99")"
    printf '%-34s %10s req/s  p99 %8s ms\n' "asset inventory page (50)" "$asset_rps" "$(to_ms "$asset_p99")"
    printf '%-34s %10s MiB\n' "server peak RSS" "$((rss_kib / 1024))"
    echo "targets: pages p99 < 20 ms, RSS < 200 MiB (heat map < 50 ms: HeatMap above)"
  } | tee -a "$report"
fi
