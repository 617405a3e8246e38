#!/usr/bin/env bash
# Build the Debian package, install it on this machine, and run the installed
# binary: --version, `check` on the sample, and a screenshot of the real window.
# Called by .ci/run after its debug build, with DISPLAY set to the Xvfb display
# it started; on its own it starts an Xvfb of its own. Needs root (apt-get).
#
# Cheap on purpose: the package is made from the debug binary CI has already
# built (`cargo deb --profile dev --no-build`, stripped by cargo-deb: 29 MB),
# not from a second, release build of the whole dependency tree. A package for
# users is made with plain `cargo deb` (release profile).
set -euo pipefail
cd "$(dirname "$0")/.."
export CARGO_TERM_COLOR=never
step() { printf '\n=== %s\n' "$*"; }
SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"

# Pinned: cargo-deb warns that --profile dev will be refused "in the future".
cargo_deb_version=3.8.0
if [ "$(cargo deb --version 2>/dev/null)" != "cargo-deb $cargo_deb_version" ]; then
  step "cargo install cargo-deb $cargo_deb_version"
  cargo install cargo-deb --version "$cargo_deb_version" --locked
fi
# desktop-file-validate checks the installed desktop entry; dpkg-shlibdeps
# (dpkg-dev) lets cargo-deb work out the libc version for $auto.
need=()
command -v desktop-file-validate >/dev/null || need+=(desktop-file-utils)
command -v dpkg-shlibdeps >/dev/null || need+=(dpkg-dev)
command -v identify >/dev/null || need+=(imagemagick)
command -v Xvfb >/dev/null || need+=(xvfb)
dpkg-query -W -f='${Status}' shared-mime-info 2>/dev/null | grep -q "install ok installed" || need+=(shared-mime-info)
if [ ${#need[@]} -gt 0 ]; then
  step "apt-get install ${need[*]}"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi

step "cargo deb (from the debug build)"
cargo build --locked --bin claimdesk
rm -f target/debian/claimdesk_*.deb
start=$(date +%s%N)
cargo deb --profile dev --no-build --fast --no-dbgsym --locked -q
echo "cargo deb took $(( ($(date +%s%N) - start) / 1000000 )) ms"
debs=(target/debian/claimdesk_*_amd64.deb)
[ ${#debs[@]} -eq 1 ] && [ -s "${debs[0]}" ] || { echo "expected one .deb, found: ${debs[*]}"; exit 1; }
deb=${debs[0]}
version=$(sed -n 's/^version = "\(.*\)"$/\1/p' Cargo.toml | head -n 1)
case "$deb" in */claimdesk_"$version"-1_amd64.deb) ;; *) echo "unexpected name $deb for version $version"; exit 1;; esac
ls -l "$deb"

step "apt-get install ./$deb"
# --reinstall: on a machine that kept an older build of the same version,
# apt would otherwise call it installed and keep the old files.
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --reinstall "./$deb" >/dev/null
dpkg-query -W -f='${Package} ${Version} ${Status}\n' claimdesk
installed=/usr/bin/claimdesk
[ -x "$installed" ] || { echo "$installed is missing"; exit 1; }
for f in /usr/share/applications/claimdesk.desktop \
         /usr/share/icons/hicolor/128x128/apps/claimdesk.png \
         /usr/share/icons/hicolor/256x256/apps/claimdesk.png \
         /usr/share/mime/packages/claimdesk.xml; do
  [ -s "$f" ] || { echo "$f is missing"; exit 1; }
done
desktop-file-validate /usr/share/applications/claimdesk.desktop
# shared-mime-info's dpkg trigger has compiled the package's MIME type.
[ -s /usr/share/mime/application/x-claimdesk-project.xml ] \
  || { echo "the MIME type application/x-claimdesk-project was not registered"; exit 1; }

step "installed claimdesk --version"
got=$("$installed" --version)
echo "$got"
[ "$got" = "claimdesk $version" ] || { echo "expected 'claimdesk $version'"; exit 1; }

step "installed claimdesk check on the sample"
"$installed" check projects/takaichi-trump-tokyo.ron

step "installed claimdesk: a screenshot of the real window"
xvfb_pid=""
work=$(mktemp -d)
trap '[ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null; rm -rf "$work"' EXIT
if [ -z "${DISPLAY:-}" ]; then
  for n in $(seq 191 240); do
    if [ ! -e "/tmp/.X11-unix/X$n" ] && [ ! -e "/tmp/.X$n-lock" ]; then DISPLAY=":$n"; break; fi
  done
  [ -n "${DISPLAY:-}" ] || { echo "no free X display"; exit 1; }
  Xvfb "$DISPLAY" -screen 0 1400x900x24 -nolisten tcp >/dev/null 2>&1 &
  xvfb_pid=$!
  sleep 2
fi
export DISPLAY
mkdir -m 700 "$work/run"
shot=target/ci-package-screenshot.png
rm -f "$shot"
# A home of its own: the installed app must not need anything from the build tree.
(cd "$work" && HOME="$work" XDG_RUNTIME_DIR="$work/run" timeout 120 \
  "$installed" --screenshot "$OLDPWD/$shot" "$OLDPWD/projects/takaichi-trump-tokyo.ron")
[ -s "$shot" ] || { echo "the installed binary wrote no screenshot"; exit 1; }
colors=$(identify -format '%k' "$shot")
echo "screenshot $shot: $(identify -format '%wx%h' "$shot"), $colors distinct colours"
[ "$colors" -ge 64 ] || { echo "the window looks blank"; exit 1; }
echo "package: built, installed, --version, check and screenshot passed"
