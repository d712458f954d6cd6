#!/bin/sh
# Makes sure the desk page tests (npm run test:browser) have what they drive: a Chromium or Chrome
# (CHROMIUM_PATH, CHROME_PATH, or one of the usual Linux paths; else Debian's chromium) and the Noto
# CJK fonts (the page is Chinese). CI (.ci/run) runs this before `npm run test:browser`; `npm test`
# needs neither. Present: a quiet no-op. Missing: installs them with apt-get (through sudo when not
# root), saying so; when that is impossible or fails, exits non-zero with what to do — it never
# skips silently.
set -eu

CHROMIUM=/usr/bin/chromium

has_browser() {
  for b in "${CHROMIUM_PATH:-}" "${CHROME_PATH:-}" /usr/bin/chromium /usr/bin/chromium-browser \
    /usr/bin/google-chrome /usr/bin/google-chrome-stable; do
    [ -n "$b" ] && [ -f "$b" ] && [ -x "$b" ] && return 0
  done
  return 1
}

missing() {
  out=""
  has_browser || out="$out chromium"
  if ! command -v fc-list >/dev/null 2>&1; then
    out="$out fontconfig fonts-noto-cjk"
  elif ! fc-list | grep -qi "Noto Sans CJK"; then
    out="$out fonts-noto-cjk"
  fi
  echo "$out"
}

packages=$(missing)
[ -z "$packages" ] && exit 0

echo "ensure-browser: the desk page tests need:$packages (Chromium at $CHROMIUM, the Noto Sans CJK fonts)" >&2

if ! command -v apt-get >/dev/null 2>&1; then
  echo "ensure-browser: error: no apt-get here; install Chromium (at $CHROMIUM) and the Noto Sans CJK fonts by hand" >&2
  exit 1
fi

if [ "$(id -u)" -eq 0 ]; then
  SUDO=""
elif command -v sudo >/dev/null 2>&1; then
  SUDO="sudo"
else
  echo "ensure-browser: error: not root and no sudo; run as root: apt-get install -y$packages" >&2
  exit 1
fi

echo "ensure-browser: running: ${SUDO:+$SUDO }apt-get update" >&2
$SUDO apt-get update
echo "ensure-browser: running: ${SUDO:+$SUDO }apt-get install -y --no-install-recommends$packages" >&2
# shellcheck disable=SC2086 # the package list is split on purpose
$SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends $packages

still=$(missing)
if [ -n "$still" ]; then
  echo "ensure-browser: error: still missing after apt-get:$still" >&2
  exit 1
fi
echo "ensure-browser: installed:$packages" >&2
