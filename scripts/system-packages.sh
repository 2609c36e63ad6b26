#!/usr/bin/env bash
# Install the Debian packages the project needs, by group, only those that are missing.
#
#   bash scripts/system-packages.sh fonts [browser] [java]
#
# Groups:
#   fonts    Noto (Latin, Greek, Cyrillic, Arabic, Hebrew, Devanagari, CJK) + DejaVu, for PDFs
#   browser  Chromium, for the browser tests
#   java     a headless JRE, for the W3C HTML validator
#
# As root with apt-get, installs what is missing and stays quiet when nothing is.
# Anywhere else it prints what to install and exits 0, so `make run` still works elsewhere
# (certificate PDFs then lack glyphs for some scripts and the font tests fail, saying so).
set -euo pipefail

group_packages() {
  case "$1" in
    fonts) echo "fonts-noto-core fonts-noto-cjk fonts-dejavu-core" ;;
    browser) echo "chromium" ;;
    java) echo "default-jre-headless" ;;
    *) echo "system-packages.sh: unknown group '$1' (known: fonts browser java)" >&2; return 1 ;;
  esac
}

if [ "$#" -eq 0 ]; then
  echo "usage: bash scripts/system-packages.sh GROUP... (groups: fonts browser java)" >&2
  exit 2
fi

wanted=()
for group in "$@"; do
  names="$(group_packages "$group")" || exit 2
  read -r -a packages <<<"$names"
  wanted+=("${packages[@]}")
done

missing=()
for package in "${wanted[@]}"; do
  # dpkg -s also reports removed-but-configured packages; only "install ok installed" counts.
  status="$(dpkg-query -W -f='${Status}' "$package" 2>/dev/null || true)"
  [ "$status" = "install ok installed" ] || missing+=("$package")
done

[ "${#missing[@]}" -eq 0 ] && exit 0

if [ "$(id -u)" -ne 0 ] || ! command -v apt-get >/dev/null 2>&1; then
  echo "warning: missing system packages: ${missing[*]}" >&2
  echo "  install them with: sudo apt-get install --no-install-recommends ${missing[*]}" >&2
  echo "  (or run: sudo bash scripts/system-packages.sh $*)" >&2
  exit 0
fi

export DEBIAN_FRONTEND=noninteractive
apt_install() { apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null; }
# Refresh the package index only when needed: a fresh image has none, an old one may point
# at versions the mirror no longer has (then the first attempt fails and we retry).
if ! apt-cache show "${missing[@]}" >/dev/null 2>&1 || ! apt_install 2>/dev/null; then
  apt-get update -qq >/dev/null
  apt_install
fi
