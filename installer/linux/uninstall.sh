#!/bin/sh
# Remove DigiWandel as install.sh installed it. Your databases, backups and settings stay;
# the last lines say where they are, to delete them by hand if you want to.
set -eu
data_home="${XDG_DATA_HOME:-$HOME/.local/share}"
target="$HOME/.local/opt/DigiWandel"

rm -f "$data_home/applications/digiwandel.desktop"
rm -f "$data_home/icons/hicolor/256x256/apps/digiwandel.png"
link="$HOME/.local/bin/digiwandel"
if [ -L "$link" ] && [ "$(readlink "$link")" = "$target/DigiWandel" ]; then
    rm -f "$link"
fi
rm -rf "$target"
command -v update-desktop-database >/dev/null 2>&1 &&
    update-desktop-database -q "$data_home/applications" 2>/dev/null || true

echo "DigiWandel is removed. Your data is kept:"
echo "  databases and backups: $data_home/DigiWandel/DigiWandel"
echo "  settings:              ${XDG_CONFIG_HOME:-$HOME/.config}/DigiWandel"
