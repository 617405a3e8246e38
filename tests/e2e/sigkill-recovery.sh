#!/usr/bin/env bash
# Never lose work: run the real binary, make changes with the keyboard, kill it
# with SIGKILL, start it again, restore, save, and find the changes in the file.
# Needs Xvfb and xdotool (.ci/run installs them). Usage: sigkill-recovery.sh BINARY
set -euo pipefail
bin=$(realpath "$1")
root=$(cd "$(dirname "$0")/../.." && pwd)
work=$(mktemp -d)
trap '[ -n "${app_pid:-}" ] && kill -9 "$app_pid" 2>/dev/null; kill "$xvfb_pid" 2>/dev/null; rm -rf "$work"' EXIT

# Xvfb picks a free display and writes its number to fd 3 once it accepts
# connections (a fixed wait once ran out on a loaded machine).
Xvfb -displayfd 3 -screen 0 1400x900x24 -nolisten tcp 3>"$work/display" >/dev/null 2>&1 &
xvfb_pid=$!
for _ in $(seq 1 240); do [ -s "$work/display" ] && break; sleep 0.25; done
[ -s "$work/display" ] || { echo "Xvfb did not start within 60 s"; exit 1; }
display=":$(head -n 1 "$work/display")"
export DISPLAY="$display" XDG_RUNTIME_DIR="$work/run" XDG_DATA_HOME="$work/data" HOME="$work/home"
mkdir -p "$XDG_RUNTIME_DIR" "$HOME"
chmod 700 "$XDG_RUNTIME_DIR"
cp "$root/projects/takaichi-trump-tokyo.ron" "$work/project.ron"
before=$(sha256sum "$work/project.ron")
claims_before=$("$bin" check "$work/project.ron" | awk '/^Claims:/ {print $2}')

wait_for_window() {
  for _ in $(seq 1 60); do
    if wid=$(xdotool search --name "ClaimDesk" 2>/dev/null | head -n 1) && [ -n "$wid" ]; then
      sleep 2
      # No window manager runs under Xvfb: give the window the keyboard ourselves.
      xdotool windowfocus --sync "$wid"
      return 0
    fi
    sleep 0.5
  done
  echo "the window did not appear"; return 1
}

"$bin" --autosave-seconds 1 "$work/project.ron" &
app_pid=$!
wait_for_window
# The first start asks for the user's name, with the field ready to type in.
xdotool type --delay 20 "Ana Reyes"
xdotool key Return
sleep 1
# Click into the first paragraph's text, select eight characters, mark a claim.
xdotool mousemove 360 185 click 1
# The first click after the name dialog closes does not reach the article yet
# (noted as a bug to fix); a second one places the caret.
sleep 1
xdotool mousemove 362 185 click 1
sleep 0.5
for _ in $(seq 1 8); do xdotool key shift+Right; done
xdotool key ctrl+m
sleep 4
kill -9 "$app_pid"
wait "$app_pid" 2>/dev/null || true
app_pid=""
[ "$(sha256sum "$work/project.ron")" = "$before" ] || { echo "autosave touched the user's file"; exit 1; }
ls "$XDG_DATA_HOME"/claimdesk/recovery/*.ron >/dev/null || { echo "no recovery copy was written"; exit 1; }

"$bin" "$work/project.ron" &
app_pid=$!
wait_for_window
xdotool key Return      # Restore (the dialog's default button)
sleep 1
xdotool key ctrl+s      # save the restored work to its project file
sleep 2
kill -9 "$app_pid"
wait "$app_pid" 2>/dev/null || true
app_pid=""

claims_after=$("$bin" check "$work/project.ron" | awk '/^Claims:/ {print $2}')
echo "claims before: $claims_before, after kill -9 and recovery: $claims_after"
[ "$claims_after" -eq $((claims_before + 1)) ] || { echo "the marked claim was lost"; exit 1; }
echo "sigkill recovery: 1 passed, 0 failed"
