#!/usr/bin/env bash
# Makes the README and AppStream screenshots from the demo workspace under Xvfb, so that they never
# go stale: one PNG per area of the window, in this folder.
#   bash packaging/screenshots/make-screenshots.sh [path/to/convstudio]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
bin="${1:-$root/build/release/app/convstudio}"
for tool in xvfb-run xdotool import; do
    command -v "$tool" >/dev/null || { echo "needs $tool (apt-get install xvfb xdotool imagemagick)" >&2; exit 2; }
done
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export XDG_DATA_HOME="$work/data" XDG_CONFIG_HOME="$work/config" LC_ALL=C.UTF-8 LANG=en_US.UTF-8
# The app's own first start: the welcome dialog's default button opens the demo workspace (its
# events, and two rules with their conversions), exactly as a new user sees it.

cat > "$work/shoot.sh" <<SHOOT
set -euo pipefail
"$bin" &
app=\$!
for i in \$(seq 1 50); do
    welcome=\$(xdotool search --onlyvisible --name "Welcome to Conversion Studio" 2>/dev/null | head -1 || true)
    [ -n "\$welcome" ] && break
    sleep 0.2
done
xdotool windowfocus "\$welcome" 2>/dev/null || true
sleep 0.5
xdotool key Return
sleep 3
for i in \$(seq 1 50); do
    win=\$(xdotool search --onlyvisible --name "Conversion Studio" 2>/dev/null | head -1 || true)
    [ -n "\$win" ] && break
    sleep 0.2
done
sleep 1.5
xdotool windowfocus "\$win" 2>/dev/null || true
shoot() { xdotool key "\$1"; sleep 1.2; import -window root -crop "\$(xdotool getwindowgeometry "\$win" | sed -n 's/.*Geometry: //p')+0+0" "$here/\$2.png"; }
shoot ctrl+1 events
xdotool key Tab Down; sleep 0.5; import -window root -crop "\$(xdotool getwindowgeometry "\$win" | sed -n 's/.*Geometry: //p')+0+0" "$here/events.png"
shoot ctrl+2 conversions
shoot ctrl+3 payloads
shoot ctrl+4 connections
shoot ctrl+5 deliveries
shoot ctrl+6 sales
shoot ctrl+7 listener
kill \$app
SHOOT
xvfb-run -a -s "-screen 0 1600x1000x24" bash "$work/shoot.sh"
echo "screenshots written to $here"
