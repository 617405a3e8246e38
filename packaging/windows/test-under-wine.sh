#!/usr/bin/env bash
# CI's Windows stage (.ci/run calls it; it also runs alone): builds the Windows
# installer and zip (debug build: packaging/windows/build.sh --debug), installs
# the installer silently under Wine in a fresh prefix, runs the installed
# claimdesk.exe as a user would (--version; check and export on the sample
# project, compared with the Linux build's output; new on a PDF and a Word
# file; a three-way merge; the real window with --screenshot), checks that
# projects written by the Windows exe open unchanged in the Linux build, then
# uninstalls silently and checks that everything installed is gone.
#
# Wine only: Debian's Wine 8.0 lacks ProcessPrng (bcryptprimitives.dll), which
# Rust's std calls at start-up on Windows 10+; a stand-in built from
# wine/bcryptprimitives.c goes into the test prefix. It is never shipped.
#
# Needs: Debian/Ubuntu (installs wine64, Xvfb, MinGW, NSIS, imagemagick).
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$(pwd)

say() { printf -- '--- %s\n' "$*"; }
fail() { echo "FAILED: $*" >&2; exit 1; }

packages=(wine64 xvfb xauth imagemagick gcc-mingw-w64-x86-64 nsis)
source packaging/apt-ensure.sh
apt_ensure "${packages[@]}"
WINE=$(command -v wine64 || echo /usr/lib/wine/wine64)
WINESERVER=$(command -v wineserver || echo /usr/lib/wine/wineserver)
[ -x "$WINE" ] || fail "no wine64: apt-get install wine64"

start=$(date +%s)
say "build the Windows artefacts (debug)"
bash packaging/windows/build.sh --debug
build_done=$(date +%s)
version=$(sed -n 's/^version = "\(.*\)"$/\1/p' Cargo.toml | head -n 1)
setup="$root/target/windows/ClaimDesk-$version-setup.exe"
[ -s "$setup" ] || fail "no installer at $setup"
[ -s "$root/target/windows/ClaimDesk-$version-portable.zip" ] || fail "no portable zip"

say "the Linux build, to compare with"
cargo build --locked --bin claimdesk
linux="$root/target/debug/claimdesk"

work=$(mktemp -d)
export WINEPREFIX="$work/prefix" WINEARCH=win64 WINEDEBUG=-all
# No Mono or Gecko download prompts; the ProcessPrng stand-in over any builtin.
export WINEDLLOVERRIDES="mscoree,mshtml=;bcryptprimitives=n"
display=""
for n in $(seq 90 140); do
  if [ ! -e "/tmp/.X11-unix/X$n" ] && [ ! -e "/tmp/.X$n-lock" ]; then display=":$n"; break; fi
done
[ -n "$display" ] || fail "no free X display"
Xvfb "$display" -screen 0 1400x900x24 -nolisten tcp >/dev/null 2>&1 &
xvfb_pid=$!
cleanup() {
  "$WINESERVER" -k 2>/dev/null || true
  kill "$xvfb_pid" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT
for _ in $(seq 1 40); do [ -S "/tmp/.X11-unix/X${display#:}" ] && break; sleep 0.25; done
export DISPLAY="$display"

say "a fresh Wine prefix with the ProcessPrng stand-in"
"$WINE" wineboot --init >/dev/null 2>&1
"$WINESERVER" -w
system32="$WINEPREFIX/drive_c/windows/system32"
x86_64-w64-mingw32-gcc -shared -O2 -s -o "$system32/bcryptprimitives.dll" \
  packaging/windows/wine/bcryptprimitives.c -ladvapi32

say "install silently (/S)"
"$WINE" "$setup" /S
"$WINESERVER" -w
instdir="$WINEPREFIX/drive_c/Program Files/ClaimDesk"
menu="$WINEPREFIX/drive_c/ProgramData/Microsoft/Windows/Start Menu/Programs/ClaimDesk.lnk"
exe="$instdir/claimdesk.exe"
for f in "$exe" "$instdir/uninstall.exe" "$instdir/README.md" "$menu"; do
  [ -s "$f" ] || fail "the installer did not create $f"
done
reg() { "$WINE" reg query "$@" 2>/dev/null | tr -d '\r'; }
reg 'HKLM\Software\Classes\.ron' /ve | grep -q 'ClaimDesk.Project' || fail ".ron is not associated"
reg 'HKLM\Software\Classes\ClaimDesk.Project\shell\open\command' /ve | grep -qF 'claimdesk.exe" "%1"' \
  || fail "no open command for projects"
reg 'HKLM\Software\Microsoft\Windows\CurrentVersion\Uninstall\ClaimDesk' /v QuietUninstallString \
  | grep -qF 'uninstall.exe" /S' || fail "no uninstall entry"
echo "installed: $(du -sh "$instdir" | cut -f1) in Program Files, Start menu entry, .ron association"

run_dir="$work/run"
mkdir -p "$run_dir"
cp projects/takaichi-trump-tokyo.ron "$run_dir/sample.ron"
cp tests/fixtures/pdf/footnotes.pdf "$run_dir/article.pdf"
cp tests/fixtures/intake/rail-fares.docx "$run_dir/article.docx"
cd "$run_dir"
# Relative paths: Wine maps this folder to a Z: path.
win() { timeout 300 "$WINE" "$exe" "$@"; }

say "claimdesk --version"
out=$(win --version | tr -d '\r')
[ "$out" = "claimdesk $version" ] || fail "--version printed '$out'"
echo "$out"

say "claimdesk check, as the Linux build says it"
win check sample.ron > check-windows.txt || fail "check exited with $?"
"$linux" check sample.ron > check-linux.txt
diff check-linux.txt check-windows.txt || fail "check differs between Windows and Linux"
head -n 3 check-windows.txt
# Output closed early (Windows has no SIGPIPE): the command ends quietly, no panic.
win check sample.ron 2> closed-errors.txt | head -n 1 > /dev/null || true
! grep -q "panicked" closed-errors.txt || fail "check panicked on a closed pipe: $(cat closed-errors.txt)"

say "claimdesk export --format html, as the Linux build writes it"
win export --format html -o report-windows.html sample.ron 2>/dev/null
"$linux" export --format html -o report-linux.html sample.ron 2>/dev/null
cmp report-linux.html report-windows.html || fail "the HTML reports differ"
echo "report: $(wc -c < report-windows.html) bytes, same as Linux"

# A PDF is read in a child process, which must get its job object (memory limit).
for article in article.pdf article.docx; do
  say "claimdesk new $article"
  project="from-${article#article.}.ron"
  win --verbose new "$article" -o "$project" > new.txt 2> new-errors.txt \
    || fail "new $article exited with $?: $(cat new-errors.txt)"
  tr -d '\r' < new.txt | tail -n 1
  ! grep -q "without its memory limit" new-errors.txt || fail "$(cat new-errors.txt)"
  [ -s "$project" ] || fail "new $article wrote nothing"
  ! grep -q $'\r' "$project" || fail "$project has CR line endings"
  "$linux" check "$project" > /dev/null || fail "the Linux build cannot read $project"
  # Unchanged: merging a file with itself writes it back byte for byte.
  "$linux" merge "$project" "$project" "$project" -o "linux-$project" 2>/dev/null
  cmp "$project" "linux-$project" || fail "the Linux build changed $project"
done

say "claimdesk merge of three projects"
sed 's/organisation: "ClaimDesk sample desk"/organisation: "Windows desk"/' sample.ron > ours.ron
sed 's|review_url: "https://example.org/fact-checks/takaichi-trump-tokyo"|review_url: "https://example.org/wine"|' \
  sample.ron > theirs.ron
win merge sample.ron ours.ron theirs.ron -o merged.ron 2>&1 | tr -d '\r' || true
grep -q 'organisation: "Windows desk"' merged.ron || fail "the merge lost our change"
grep -q 'review_url: "https://example.org/wine"' merged.ron || fail "the merge lost their change"
"$linux" merge merged.ron merged.ron merged.ron -o linux-merged.ron 2>/dev/null
cmp merged.ron linux-merged.ron || fail "the Linux build changed the merged project"

say "the real window: --screenshot"
win --screenshot shot.png sample.ron > /dev/null 2>&1 || true
[ -s shot.png ] || fail "no screenshot was written"
colors=$(identify -format '%k' shot.png)
echo "screenshot: $(identify -format '%wx%h' shot.png), $colors distinct colours"
[ "$colors" -ge 64 ] || fail "the window looks blank"
mkdir -p "$root/target/windows"
cp shot.png "$root/target/windows/wine-screenshot.png"
cd "$root"

say "uninstall silently (/S)"
"$WINE" "$instdir/uninstall.exe" /S
"$WINESERVER" -w
# The uninstaller runs from a copy in the temp folder; wait for it to finish.
for _ in $(seq 1 60); do [ -e "$instdir" ] || break; sleep 1; done
for f in "$exe" "$instdir/uninstall.exe" "$instdir/README.md" "$menu" "$instdir"; do
  [ ! -e "$f" ] || fail "the uninstaller left $f"
done
! reg 'HKLM\Software\Classes\ClaimDesk.Project' | grep -q . || fail "the uninstaller left the ProgID"
! reg 'HKLM\Software\Microsoft\Windows\CurrentVersion\Uninstall\ClaimDesk' | grep -q . \
  || fail "the uninstaller left its Apps entry"
end=$(date +%s)
echo "Windows stage passed: build $((build_done - start)) s, Wine runs $((end - build_done)) s"
