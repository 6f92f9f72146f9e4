#!/bin/sh
# Install DigiWandel for this user: the program folder into ~/.local/opt/DigiWandel, an
# entry in the applications menu, and the command `digiwandel` in ~/.local/bin. No
# administrator rights are needed. Run it from the unpacked folder:  ./install.sh
# Installing again replaces the program and keeps your data and settings.
set -eu
here="$(cd "$(dirname "$0")" && pwd)"
data_home="${XDG_DATA_HOME:-$HOME/.local/share}"
target="$HOME/.local/opt/DigiWandel"
menu="$data_home/applications/digiwandel.desktop"
icon="$data_home/icons/hicolor/256x256/apps/digiwandel.png"
bin="$HOME/.local/bin"

if [ ! -x "$here/DigiWandel" ]; then
    echo "install.sh: run me from the unpacked DigiWandel folder." >&2
    exit 1
fi
if [ "$here" != "$target" ]; then
    # Copy beside the old version first, then swap: an interrupted copy breaks nothing.
    mkdir -p "$HOME/.local/opt"
    rm -rf "$target.new"
    cp -R "$here" "$target.new"
    rm -rf "$target.old"
    [ -e "$target" ] && mv "$target" "$target.old"
    mv "$target.new" "$target"
    rm -rf "$target.old"
fi

mkdir -p "$(dirname "$menu")" "$(dirname "$icon")" "$bin"
cp "$target/digiwandel.png" "$icon"
sed "s|@EXEC@|\"$target/DigiWandel\"|" "$target/digiwandel.desktop" > "$menu.new"
mv "$menu.new" "$menu"
ln -sf "$target/DigiWandel" "$bin/digiwandel"
# Menus pick up the entry at once where these helpers exist; elsewhere after logging in.
command -v update-desktop-database >/dev/null 2>&1 &&
    update-desktop-database -q "$data_home/applications" 2>/dev/null || true
command -v gtk-update-icon-cache >/dev/null 2>&1 &&
    gtk-update-icon-cache -q -t "$data_home/icons/hicolor" 2>/dev/null || true

echo "DigiWandel is installed in $target."
echo "Start it from the applications menu (Office), or with: digiwandel"
echo "To remove it later: $target/uninstall.sh"
