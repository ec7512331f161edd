#!/usr/bin/env bash
# Installs the Debian packages that building, testing and benchmarking Mamori need.
# Idempotent: asks apt only for what is missing; uses sudo when not root.
set -euo pipefail

packages=(
  build-essential cmake ninja-build ccache pkg-config git
  libboost1.81-dev libboost-json1.81-dev libboost-url1.81-dev
  libsqlite3-dev sqlite3 libpq-dev postgresql postgresql-common
  libsodium-dev libssl-dev libspdlog-dev libfmt-dev libcli11-dev libtomlplusplus-dev
  libcmark-gfm-dev libcmark-gfm-extensions-dev libzip-dev libexpat1-dev libxlsxwriter-dev
  libgtest-dev libgmock-dev libbenchmark-dev
  wrk nginx-light curl
  chromium fonts-noto-cjk
  libpango1.0-dev libcairo2-dev poppler-utils libreoffice-calc-nogui
)

missing=()
for package in "${packages[@]}"; do
  status=$(dpkg-query -W -f='${Status}' "$package" 2>/dev/null || true)
  [[ "$status" == "install ok installed" ]] || missing+=("$package")
done

if ((${#missing[@]} == 0)); then
  exit 0
fi

sudo=""
if ((EUID != 0)); then sudo="sudo"; fi
echo "installing: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
