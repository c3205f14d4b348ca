#!/bin/bash
# Build Relais for macOS: Relais.app, self-test, signature, .dmg, notarisation.
#
#   installer/macos/build.sh
#
# Needs: macOS 13+, Xcode command-line tools (codesign, hdiutil, xcrun notarytool, stapler)
# and Python 3.11 from python.org.  The app is built for this Mac's processor: build once on
# Apple silicon and once on Intel if the practice has both (RELEASE.md).
#
# Every signing step is optional and driven by the environment (nothing secret in the repo):
#   RELAIS_MACOS_SIGN_IDENTITY  "Developer ID Application: <Name> (<TEAMID>)" in the keychain;
#                               unset: ad-hoc signature, fine for testing on this Mac only.
#   RELAIS_MACOS_ENTITLEMENTS   entitlements file (default installer/macos/entitlements.plist)
#   RELAIS_NOTARY_PROFILE       a notarytool keychain profile (xcrun notarytool
#                               store-credentials <profile> --apple-id ... --team-id ...)
#   or RELAIS_APPLE_ID, RELAIS_TEAM_ID, RELAIS_APP_PASSWORD (an app-specific password)
# Notarisation runs only with a signing identity and one of those credentials.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/../.." && pwd)
cd "$ROOT"
PYTHON=${PYTHON:-python3.11}
VERSION=$(sed -n 's/^version *= *"\(.*\)"/\1/p' pyproject.toml | head -n 1)
[ -n "$VERSION" ] || { echo "no version in pyproject.toml" >&2; exit 1; }
APP="dist/Relais.app"
DMG="dist/Relais-$VERSION.dmg"
IDENTITY=${RELAIS_MACOS_SIGN_IDENTITY:-}
ENTITLEMENTS=${RELAIS_MACOS_ENTITLEMENTS:-installer/macos/entitlements.plist}
step() { printf '\n==> %s\n' "$*"; }

step "Relais $VERSION: a clean environment in build/venv-macos"
rm -rf build/venv-macos
"$PYTHON" -m venv build/venv-macos
build/venv-macos/bin/python -m pip install --quiet --upgrade pip
build/venv-macos/bin/python -m pip install --quiet ".[bundle]"

step "pyinstaller installer/relais.spec"
# The spec reads RELAIS_MACOS_SIGN_IDENTITY and RELAIS_MACOS_ENTITLEMENTS itself and signs
# every collected library and the executable with the hardened runtime.
export RELAIS_MACOS_ENTITLEMENTS="$ENTITLEMENTS"
build/venv-macos/bin/python -m PyInstaller --noconfirm --clean --log-level WARN \
    --distpath dist --workpath build/pyinstaller installer/relais.spec
[ -x "$APP/Contents/MacOS/relais" ] || { echo "no $APP" >&2; exit 1; }
/usr/libexec/PlistBuddy -c "Print :CFBundleShortVersionString" "$APP/Contents/Info.plist" \
    | grep -qx "$VERSION" || { echo "Info.plist does not say $VERSION" >&2; exit 1; }

step "self-test from the bundle"
"$APP/Contents/MacOS/relais" --self-test
du -sh "$APP"

if [ -n "$IDENTITY" ]; then
    step "sign $APP as $IDENTITY"
    # PyInstaller signed the parts; sign the whole bundle again so its seal covers
    # everything (--deep is acceptable here: the same identity and entitlements throughout).
    codesign --force --deep --timestamp --options runtime \
        --entitlements "$ENTITLEMENTS" --sign "$IDENTITY" "$APP"
    codesign --verify --deep --strict --verbose=2 "$APP"
else
    echo "RELAIS_MACOS_SIGN_IDENTITY not set: ad-hoc signature only (Gatekeeper will refuse" \
        "this app on another Mac)"
fi

step "disk image $DMG"
STAGE=$(mktemp -d)
trap 'rm -rf "$STAGE"' EXIT
ditto "$APP" "$STAGE/Relais.app"  # ditto keeps signatures, symlinks and extended attributes
ln -s /Applications "$STAGE/Applications"
mkdir "$STAGE/Extras"
cp installer/macos/fr.relais.dispatch.plist installer/macos/install-dispatch-agent.sh \
    installer/licences/*.txt "$STAGE/Extras/"
rm -f "$DMG"
hdiutil create -volname "Relais $VERSION" -srcfolder "$STAGE" -fs HFS+ -format UDZO -ov "$DMG"

if [ -n "$IDENTITY" ]; then
    codesign --force --timestamp --sign "$IDENTITY" "$DMG"
    if [ -n "${RELAIS_NOTARY_PROFILE:-}" ]; then
        CREDENTIALS=(--keychain-profile "$RELAIS_NOTARY_PROFILE")
    elif [ -n "${RELAIS_APPLE_ID:-}" ] && [ -n "${RELAIS_TEAM_ID:-}" ] && [ -n "${RELAIS_APP_PASSWORD:-}" ]; then
        CREDENTIALS=(--apple-id "$RELAIS_APPLE_ID" --team-id "$RELAIS_TEAM_ID" --password "$RELAIS_APP_PASSWORD")
    else
        CREDENTIALS=()
    fi
    if [ ${#CREDENTIALS[@]} -gt 0 ]; then
        step "notarise $DMG (waits for Apple's answer)"
        xcrun notarytool submit "$DMG" "${CREDENTIALS[@]}" --wait
        xcrun stapler staple "$DMG"
        xcrun stapler validate "$DMG"
        spctl --assess --type open --context context:primary-signature --verbose=2 "$DMG"
    else
        echo "no notary credentials: $DMG is signed but not notarised"
    fi
fi

step "done"
shasum -a 256 "$DMG"
