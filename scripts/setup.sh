#!/usr/bin/env bash
# Installs what fieldmap needs on a fresh Debian machine with Node 20:
# pnpm (through npm), Debian's chromium (browser tests), libxml2-utils (GEXF schema check),
# python3-networkx and python3-igraph (export round trips), python3-numpy and python3-scipy
# (the map-quality scripts in ../shared/tools), a font for PNG exports, redis-server (the queue
# tests start their own on a free loopback port; clusters run it for `fieldmap worker`),
# then the workspace's npm packages (whose postinstall, scripts/build-viewer.ts, builds the viewer
# only when one of its sources is newer than apps/viewer/dist, and quietly).
set -euo pipefail
cd "$(dirname "$0")/.."

apt_packages=(chromium libxml2-utils python3-networkx python3-igraph python3-numpy python3-scipy fonts-dejavu-core redis-server)
missing=()
for pkg in "${apt_packages[@]}"; do
  dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg")
done
if [ ${#missing[@]} -gt 0 ]; then
  sudo_cmd=""
  [ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

pnpm_version=$(node -p "require('./package.json').packageManager.split('@')[1]")
if [ "$(pnpm --version 2>/dev/null || true)" != "$pnpm_version" ]; then
  npm install -g "pnpm@$pnpm_version"
fi
pnpm install --frozen-lockfile
