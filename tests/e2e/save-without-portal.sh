#!/usr/bin/env bash
# Save always works: in the real window under Xvfb, on a desktop with neither
# the xdg portal nor zenity, Ctrl+S on a new project opens ClaimDesk's own file
# dialog, and Enter there writes the project to disk. Before the in-app dialog,
# rfd found no chooser, answered "nothing chosen", and Ctrl+S did nothing.
# Needs Xvfb, xdotool and imagemagick (.ci/run installs them).
# Usage: save-without-portal.sh BINARY [SCREENSHOT.png]
set -euo pipefail
for tool in Xvfb xdotool; do
  command -v "$tool" >/dev/null || { echo "$tool is needed"; exit 1; }
done
bin=$(realpath "$1")
shot=${2:-}
root=$(cd "$(dirname "$0")/../.." && pwd)
work=$(mktemp -d)
trap '[ -n "${app_pid:-}" ] && kill -9 "$app_pid" 2>/dev/null; [ -n "${xvfb_pid:-}" ] && kill "$xvfb_pid" 2>/dev/null; rm -rf "$work"' EXIT

# Xvfb picks a free display and writes its number to fd 3 once it accepts
# connections: no guessing which display is free, no fixed sleep (a loaded
# machine once took longer than the old 10 s wait and the window failed).
Xvfb -displayfd 3 -screen 0 1400x900x24 -nolisten tcp 3>"$work/display" >/dev/null 2>&1 &
xvfb_pid=$!
for _ in $(seq 1 240); do [ -s "$work/display" ] && break; sleep 0.25; done
[ -s "$work/display" ] || { echo "Xvfb did not start within 60 s"; exit 1; }
display=":$(head -n 1 "$work/display")"

# No portal: no session bus (none in the environment, none in the runtime
# folder). No zenity: the app gets a PATH with nothing on it; it needs none.
mkdir -p "$work/run" "$work/home" "$work/data" "$work/empty-path"
chmod 700 "$work/run"
cp "$root/tests/fixtures/intake/rail-fares.md" "$work/article.md"
run_app() {
  env -u DBUS_SESSION_BUS_ADDRESS -u CLAIMDESK_FILE_DIALOG \
    DISPLAY="$display" XDG_RUNTIME_DIR="$work/run" XDG_DATA_HOME="$work/data" \
    HOME="$work/home" PATH="$work/empty-path" "$@"
}

# Opening an article makes a new project that has no file yet.
run_app "$bin" --autosave-seconds 3600 "$work/article.md" &
app_pid=$!
wid=""
for _ in $(seq 1 60); do
  wid=$(DISPLAY="$display" xdotool search --name "ClaimDesk" 2>/dev/null | head -n 1) && [ -n "$wid" ] && break
  sleep 0.5
done
[ -n "$wid" ] || { echo "the window did not appear"; exit 1; }
sleep 2
# No window manager runs under Xvfb: give the window the keyboard ourselves.
DISPLAY="$display" xdotool windowfocus --sync "$wid"
# The first start asks for the user's name, with the field ready to type in.
DISPLAY="$display" xdotool type --delay 20 "Ana Reyes"
DISPLAY="$display" xdotool key Return
sleep 1
DISPLAY="$display" xdotool key ctrl+s
sleep 2
if [ -n "$shot" ]; then
  DISPLAY="$display" import -window root "$shot"
  echo "screenshot of the dialog: $shot"
fi
# The dialog opens in the home folder with the name field focused and a
# name filled in: Enter saves.
DISPLAY="$display" xdotool key Return
saved=""
for _ in $(seq 1 20); do
  saved=$(find "$work/home" -maxdepth 1 -name '*.ron' -type f | head -n 1)
  [ -n "$saved" ] && break
  sleep 0.5
done
kill -9 "$app_pid" 2>/dev/null || true
wait "$app_pid" 2>/dev/null || true
app_pid=""
[ -n "$saved" ] || { echo "Ctrl+S on a new project wrote no file (no portal, no zenity)"; exit 1; }
echo "saved $(basename "$saved") ($(stat -c %s "$saved") bytes, mode $(stat -c %a "$saved"))"
"$bin" check "$saved" >/dev/null || { echo "the saved file is not a sound project"; exit 1; }
echo "save without portal: 1 passed, 0 failed"
