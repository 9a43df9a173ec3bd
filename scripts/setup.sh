#!/usr/bin/env bash
# Installs what building, running and testing Équilibre needs on Debian bookworm (root or sudo).
# Idempotent: every step checks first, so a second run takes seconds.
set -euo pipefail
cd "$(dirname "$0")/.."

CACHE=${EQUILIBRE_CACHE:-/var/cache/equilibre}
TOOLS="$CACHE/tools"
mkdir -p "$TOOLS"
SUDO=""
if [ "$(id -u)" != 0 ]; then SUDO=sudo; fi
log() { printf '\033[1m[setup]\033[0m %s\n' "$*"; }

# --- Debian packages -------------------------------------------------------------------------
need_pkgs=()
command -v cc >/dev/null || need_pkgs+=(build-essential)
command -v pkg-config >/dev/null || need_pkgs+=(pkg-config)
command -v brotli >/dev/null || need_pkgs+=(brotli)
command -v node >/dev/null || need_pkgs+=(nodejs npm)
if [ "${EQUILIBRE_SKIP_BROWSER:-}" != 1 ] && [ ! -x /usr/bin/chromium ]; then need_pkgs+=(chromium); fi
if [ ${#need_pkgs[@]} -gt 0 ]; then
  log "apt-get install ${need_pkgs[*]}"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need_pkgs[@]}" >/dev/null
fi

# --- Rust and the wasm target ----------------------------------------------------------------
if ! command -v cargo >/dev/null; then
  echo "cargo is missing: install Rust (rustup) first" >&2
  exit 1
fi
WASM_CARGO="cargo"
if rustup target list --installed 2>/dev/null | grep -qx wasm32-unknown-unknown; then
  :
elif rustup target add wasm32-unknown-unknown >/dev/null 2>&1; then
  log "added the wasm32-unknown-unknown target"
else
  # rustup could not download the target: use Debian's toolchain for the wasm half only.
  log "rustup cannot add wasm32: falling back to Debian's rustc-web (build-std)"
  if ! command -v rustc-web >/dev/null 2>&1 && [ ! -x /usr/bin/rustc-web ]; then
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq rustc-web cargo-web rust-web-src rust-web-llvm lld-22 >/dev/null
  fi
  rustup toolchain list | grep -q '^web' || rustup toolchain link web /usr
  WASM_CARGO="cargo +web"
fi
echo "$WASM_CARGO" > "$TOOLS/wasm-cargo"

# --- wasm-bindgen-cli, pinned to the version in Cargo.lock -----------------------------------
WBG_VERSION=$(awk '/^name = "wasm-bindgen"$/ {getline; gsub(/version = |"/, ""); print; exit}' Cargo.lock)
if [ "$("$TOOLS/bin/wasm-bindgen" --version 2>/dev/null | awk '{print $2}')" != "$WBG_VERSION" ]; then
  log "installing wasm-bindgen-cli $WBG_VERSION (about 2 minutes)"
  # Not --locked: its lock file pins a webpki-roots the registry does not serve.
  cargo install -q wasm-bindgen-cli --version "$WBG_VERSION" --root "$TOOLS" --force
fi

# --- Browser-test tooling (Playwright without its browser download, axe-core, binaryen) -------
if [ "${EQUILIBRE_SKIP_BROWSER:-}" != 1 ]; then
  if [ ! -d tests/e2e/node_modules/@playwright/test ] || [ tests/e2e/package-lock.json -nt tests/e2e/node_modules/.stamp ]; then
    log "npm ci (tests/e2e)"
    (cd tests/e2e && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund --loglevel=error && touch node_modules/.stamp)
  fi
fi
log "ready"
