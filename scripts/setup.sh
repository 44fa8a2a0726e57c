#!/usr/bin/env bash
# Installs what sharecalc needs and skips what is already there. Sourced by scripts/serve,
# scripts/test and scripts/build so that each of them works on a fresh machine.
# Versions are pinned: trunk 0.21.14 (0.22 needs a newer Rust), wasm-bindgen-cli matching the
# `wasm-bindgen` crate, and npm's binaryen 132 for wasm-opt (Debian's binaryen breaks the wasm).
set -euo pipefail

SHARECALC_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
TRUNK_VERSION="0.21.14"
WASM_BINDGEN_VERSION="0.2.130"

export PATH="$SHARECALC_ROOT/node_modules/.bin:$HOME/.cargo/bin:$PATH"
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1

say() { printf '\033[1m==> %s\033[0m\n' "$*"; }

ensure_rust_target() {
  if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
    say "Adding the wasm32-unknown-unknown Rust target"
    rustup target add wasm32-unknown-unknown
  fi
}

ensure_trunk() {
  if ! trunk --version 2>/dev/null | grep -q " $TRUNK_VERSION"; then
    say "Installing trunk $TRUNK_VERSION (takes about 10 minutes, once)"
    cargo install trunk --version "$TRUNK_VERSION" --locked
  fi
}

ensure_wasm_bindgen() {
  # Not --locked: the registry mirror lags a little behind the CLI's lock file.
  if ! wasm-bindgen --version 2>/dev/null | grep -q " $WASM_BINDGEN_VERSION" \
    || ! command -v wasm-bindgen-test-runner >/dev/null; then
    say "Installing wasm-bindgen-cli $WASM_BINDGEN_VERSION"
    cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION"
  fi
}

# Installs Debian packages, refreshing the package lists first.
apt_install() {
  local sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y "$@"
}

ensure_chromium() {
  if [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ]; then
    say "Installing Chromium and ChromeDriver from Debian"
    apt_install chromium chromium-driver
  fi
}

ensure_libreoffice() {
  # The spreadsheet download's tests recalculate its workbooks with a real spreadsheet engine.
  if ! command -v soffice >/dev/null; then
    say "Installing LibreOffice Calc (headless) from Debian"
    apt_install libreoffice-calc-nogui
  fi
}

ensure_node_packages() {
  # A stamp of package-lock.json marks the installed tree; npm ci runs only when they differ.
  local stamp=node_modules/.sharecalc-lock-sha
  local want
  want="$(sha256sum package-lock.json | cut -d' ' -f1)"
  if [ "$(cat "$stamp" 2>/dev/null)" != "$want" ]; then
    say "Installing node packages (Playwright, axe-core, binaryen)"
    npm ci --no-audit --no-fund
    echo "$want" > "$stamp"
  fi
}

ensure_crates() {
  # Trunk builds offline (it must never download tools), so fetch crates first.
  cargo fetch --quiet
}

setup_all() {
  cd "$SHARECALC_ROOT"
  ensure_rust_target
  ensure_chromium
  ensure_libreoffice
  ensure_node_packages
  ensure_wasm_bindgen
  ensure_trunk
  ensure_crates
}
