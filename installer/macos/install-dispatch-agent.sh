#!/bin/sh
# Install (or with "remove", uninstall) the LaunchAgent that runs "relais dispatch" every
# 5 minutes for the signed-in macOS user.  Run as that user, not with sudo:
#     installer/macos/install-dispatch-agent.sh [/Applications/Relais.app]
#     installer/macos/install-dispatch-agent.sh remove
# The agent signs in as the Relais user "dispatch" with the password in
# ~/Library/Application Support/Relais/dispatch.passphrase (RELEASE.md: "Sending while closed").
set -eu
LABEL=fr.relais.dispatch
AGENT="$HOME/Library/LaunchAgents/$LABEL.plist"
DOMAIN="gui/$(id -u)"

if [ "${1:-}" = "remove" ]; then
    launchctl bootout "$DOMAIN/$LABEL" 2>/dev/null || true
    rm -f "$AGENT"
    echo "removed $AGENT"
    exit 0
fi

APP="${1:-/Applications/Relais.app}"
[ -x "$APP/Contents/MacOS/relais" ] || { echo "no Relais at $APP" >&2; exit 1; }
PASS="$HOME/Library/Application Support/Relais/dispatch.passphrase"
[ -f "$PASS" ] || echo "warning: $PASS does not exist yet; dispatch will fail until it does" >&2

mkdir -p "$HOME/Library/LaunchAgents" "$HOME/Library/Logs/Relais"
HERE=$(cd "$(dirname "$0")" && pwd)
# | as the sed separator: paths hold slashes; escape & and | in them.
app_escaped=$(printf '%s' "$APP" | sed 's/[&|]/\\&/g')
home_escaped=$(printf '%s' "$HOME" | sed 's/[&|]/\\&/g')
sed -e "s|__APP__|$app_escaped|g" -e "s|__HOME__|$home_escaped|g" \
    "$HERE/$LABEL.plist" > "$AGENT"
plutil -lint "$AGENT"
launchctl bootout "$DOMAIN/$LABEL" 2>/dev/null || true
launchctl bootstrap "$DOMAIN" "$AGENT"
echo "installed $AGENT: relais dispatch every 5 minutes (log: ~/Library/Logs/Relais/dispatch.log)"
