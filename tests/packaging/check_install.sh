#!/usr/bin/env bash
# Installs the build into a temporary prefix (what the .deb ships) and checks the result works:
# the three programs sit together and run from there, the desktop entry and AppStream metadata
# are valid, the systemd unit names the installed daemon.
# Usage: check_install.sh BUILD_DIR SOURCE_DIR
set -euo pipefail
build=$1 source=$2
prefix=$(mktemp -d)
trap 'rm -rf "$prefix"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

cmake --install "$build" --prefix "$prefix" >/dev/null

for program in regionalpods regionalpodsd regionalpods-agent; do
    [ -x "$prefix/bin/$program" ] || fail "$program not installed in bin/"
done
"$prefix/bin/regionalpodsd" --help | grep -q -- '--data-dir' || fail "installed daemon does not run"
"$prefix/bin/regionalpods-agent" --help >/dev/null || fail "installed agent does not run"

desktop=$prefix/share/applications/regionalpods.desktop
[ -f "$desktop" ] || fail "desktop entry not installed"
desktop-file-validate "$desktop" || fail "desktop entry invalid"
grep -q '^Exec=regionalpods' "$desktop" || fail "desktop entry does not start the console"
[ -f "$prefix/share/icons/hicolor/scalable/apps/regionalpods.svg" ] || fail "icon not installed"

metainfo=$prefix/share/metainfo/io.github.regionalpods.console.metainfo.xml
[ -f "$metainfo" ] || fail "AppStream metainfo not installed"
xmllint --noout "$metainfo" || fail "AppStream metainfo is not well-formed XML"
grep -q '<launchable type="desktop-id">regionalpods.desktop</launchable>' "$metainfo" \
    || fail "metainfo does not name the desktop entry"

unit=$prefix/lib/systemd/system/regionalpodsd.service
[ -f "$unit" ] || fail "systemd unit not installed"
grep -q '^ExecStart=/usr/bin/regionalpodsd ' "$unit" || fail "unit does not start /usr/bin/regionalpodsd"

[ -f "$prefix/share/doc/regionalpods/api.md" ] || fail "API document not installed"
cmp -s "$prefix/share/regionalpods/policies/default.json" "$source/resources/policies/default.json" \
    || fail "default policy pack not installed as shipped"
echo "install tree OK: $(find "$prefix" -type f | wc -l) files"
