#!/usr/bin/env bash
# Cross-builds ClaimDesk for 64-bit Windows on Debian or Ubuntu and makes the
# two things a Windows user downloads, in target/windows/:
#   ClaimDesk-VERSION-setup.exe      the installer (NSIS; /S installs silently)
#   ClaimDesk-VERSION-portable.zip   claimdesk.exe and the docs, run from anywhere
# It installs what it needs first: the x86_64-pc-windows-gnu Rust target
# (rustup), MinGW-w64 (linker and windres, for the exe's icon and manifest:
# build.rs) and NSIS.
#
#   bash packaging/windows/build.sh            optimised build, for release
#   bash packaging/windows/build.sh --debug    what CI uses (builds in half the time)
set -euo pipefail
cd "$(dirname "$0")/../.."

profile=release
case "${1:-}" in
  --debug) profile=debug ;;
  "" | --release) ;;
  *) echo "usage: bash packaging/windows/build.sh [--debug]" >&2; exit 2 ;;
esac
target=x86_64-pc-windows-gnu

packages=(gcc-mingw-w64-x86-64 nsis python3)
source packaging/apt-ensure.sh
apt_ensure "${packages[@]}"
if ! rustup target list --installed | grep -qx "$target"; then
  rustup target add "$target"
fi

version=$(sed -n 's/^version = "\(.*\)"$/\1/p' Cargo.toml | head -n 1)
[ -n "$version" ] || { echo "no version in Cargo.toml" >&2; exit 1; }

flags=(--locked --target "$target" --bin claimdesk)
[ "$profile" = release ] && flags+=(--release)
cargo build "${flags[@]}"
exe="target/$target/$profile/claimdesk.exe"

out=target/windows
stage="$out/ClaimDesk-$version"
rm -rf "$stage"
mkdir -p "$stage"
# Symbols and line tables are for us, not for users: stripping takes a debug
# build from hundreds of MB to tens.
x86_64-w64-mingw32-strip -o "$stage/claimdesk.exe" "$exe"
cp README.md "$stage/README.md"
cp docs/FORMAT.md "$stage/FORMAT.md"

setup="$out/ClaimDesk-$version-setup.exe"
portable="$out/ClaimDesk-$version-portable.zip"
rm -f "$setup" "$portable"
# LZMA for a release; zlib for CI's larger debug exe, which LZMA would take
# minutes to pack on two cores.
compressor=lzma
[ "$profile" = debug ] && compressor=zlib
makensis -V2 -INPUTCHARSET UTF8 \
  "-DVERSION=$version" "-DSTAGE=$(pwd)/$stage" "-DOUTFILE=$(pwd)/$setup" \
  "-DICON=$(pwd)/assets/windows/claimdesk.ico" "-DCOMPRESSOR=$compressor" \
  packaging/windows/installer.nsi
# Python's zipfile (deflate); `python3 -m zipfile -c` would store uncompressed.
(cd "$out" && python3 - "ClaimDesk-$version-portable.zip" "ClaimDesk-$version" <<'PY'
import os, sys, zipfile
zip_name, folder = sys.argv[1], sys.argv[2]
with zipfile.ZipFile(zip_name, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as z:
    for name in sorted(os.listdir(folder)):
        z.write(os.path.join(folder, name))
PY
)

echo "built ($profile):"
ls -l "$setup" "$portable" | awk '{ printf "  %s  %.1f MiB\n", $NF, $5 / 1048576 }'
