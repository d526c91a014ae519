#!/usr/bin/env bash
# Installs what building and testing Policy Lens needs on a fresh Debian machine with
# Rust (rustup), Node and Python. Idempotent: it only installs what is missing.
#   scripts/setup.sh          the WebAssembly build (wasm target, wasm-bindgen, npm packages)
#   scripts/setup.sh --test   also the browser tests (Chromium, ChromeDriver, a CJK font)
set -euo pipefail
cd "$(dirname "$0")/.."

want_test=false
[ "${1:-}" = "--test" ] && want_test=true

apt_missing=()
need() { dpkg -s "$1" >/dev/null 2>&1 || apt_missing+=("$1"); }
if $want_test; then
  need chromium; need chromium-driver; need fonts-wqy-microhei
fi
if [ ${#apt_missing[@]} -gt 0 ]; then
  echo "setup: installing ${apt_missing[*]}"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${apt_missing[@]}"
fi

rustup target list --installed | grep -qx wasm32-unknown-unknown || rustup target add wasm32-unknown-unknown
rustup component list --installed | grep -q '^rustfmt' || rustup component add rustfmt
rustup component list --installed | grep -q '^clippy' || rustup component add clippy

# The wasm-bindgen CLI must equal the wasm-bindgen that Cargo.toml pins (and Cargo.lock holds).
version=$(sed -n 's/^wasm-bindgen = "=\(.*\)"/\1/p' Cargo.toml)
if [ "$(wasm-bindgen --version 2>/dev/null | awk '{print $2}')" != "$version" ]; then
  echo "setup: installing wasm-bindgen-cli $version (about two minutes)"
  cargo install wasm-bindgen-cli --version "$version"
fi

# wasm-opt from the npm package binaryen (Debian's binaryen writes modules that fail to start),
# playwright-core for the end-to-end tests, jieba-wasm for the benchmark beside it.
if ! npm ls --depth=0 >/dev/null 2>&1; then
  npm ci --no-audit --no-fund
fi
