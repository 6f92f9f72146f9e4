#!/usr/bin/env bash
# Smoke test of the program bundle, as a user gets it: builds it (installer/build.sh; set
# SMOKE_SKIP_BUILD=1 to test the bundle already in dist/), unpacks the Linux archive into a
# temporary folder and runs the program from there without a screen:
#   - --version and --help answer,
#   - `selftest`: new database, migrations, demo, board report, preview, spreadsheet,
#     translations, database check and every page of the program window,
#   - the command line writes a board report and checks a database; an error exits 1 with
#     one line; the driver for a database on a PostgreSQL server is there,
#   - on Linux: install.sh puts a valid menu entry in place, uninstall.sh takes it away.
# Nothing outside the temporary folder is touched. Prints the time and the unpacked size.
#   bash installer/smoke.sh
set -euo pipefail
cd "$(dirname "$0")/.."
MAX_UNPACKED_MB=240
started=$(date +%s)

if [ "${SMOKE_SKIP_BUILD:-0}" != 1 ]; then
    bash installer/build.sh
fi
built=$(date +%s)

fail() {
    echo "smoke: FAILED: $*" >&2
    exit 1
}

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export QT_QPA_PLATFORM=offscreen
export HOME="$work/home" XDG_CONFIG_HOME="$work/home/.config" XDG_DATA_HOME="$work/home/.local/share"
export DIGIWANDEL_DATA_DIR="$work/data"
mkdir -p "$HOME"

version="$(sed -n 's/^__version__ = "\(.*\)"/\1/p' digiwandel/__init__.py)"
case "$(uname -s)" in
    Linux)
        archive="dist/DigiWandel-$version-linux-$(uname -m).tar.gz"
        [ -f "$archive" ] || fail "$archive is missing"
        tar -C "$work" -xzf "$archive"
        folder="$work/DigiWandel"
        program="$folder/DigiWandel"
        ;;
    *)
        folder="dist/DigiWandel"
        program="$folder/digiwandel-cli.exe"
        ;;
esac
[ -x "$program" ] || fail "$program is missing"
size_mb=$(du -sm "$folder" | cut -f1)

echo "smoke: --version and --help"
answer="$("$program" --version)"
[ "$answer" = "DigiWandel $version" ] || fail "--version printed \"$answer\""
help_text="$("$program" --help)"
grep -q "selftest" <<<"$help_text" || fail "--help does not list the commands"

echo "smoke: selftest"
"$program" selftest --lang en

echo "smoke: command line"
"$program" demo --db "$work/demo.sqlite3" --lang en
"$program" report board --db "$work/demo.sqlite3" -o "$work/board.pdf" --lang de
head -c 4 "$work/board.pdf" | grep -q "%PDF" || fail "the board report is no PDF"
"$program" check-db --db "$work/demo.sqlite3" --lang en
set +e
"$program" report board --db "$work/missing.sqlite3" -o "$work/x.pdf" --lang en 2>"$work/error.txt"
code=$?
set -e
[ "$code" -eq 1 ] || fail "a missing database gave exit code $code, not 1"
[ "$(wc -l <"$work/error.txt")" -eq 1 ] || fail "the error is not one line: $(cat "$work/error.txt")"
grep -q "does not exist" "$work/error.txt" || fail "unexpected error: $(cat "$work/error.txt")"

echo "smoke: the driver for a database on a server"
# No server listens on port 1: the bundled driver must get as far as trying to connect.
set +e
"$program" report board --db "postgresql://smoke@127.0.0.1:1/none?sslmode=disable" \
    -o "$work/server.pdf" --lang en 2>"$work/server.txt"
code=$?
set -e
[ "$code" -eq 1 ] && grep -q "connection failed" "$work/server.txt" ||
    fail "the server driver: exit $code, $(cat "$work/server.txt")"

if [ "$(uname -s)" = Linux ]; then
    echo "smoke: install.sh and uninstall.sh"
    sh "$folder/install.sh"
    entry="$XDG_DATA_HOME/applications/digiwandel.desktop"
    [ -f "$entry" ] || fail "no menu entry"
    installed="$HOME/.local/opt/DigiWandel/DigiWandel"
    grep -q "^Exec=\"$installed\"$" "$entry" || fail "the menu entry starts $(grep ^Exec "$entry")"
    if command -v desktop-file-validate >/dev/null 2>&1; then
        desktop-file-validate "$entry" || fail "the menu entry is not valid"
    fi
    [ "$("$installed" --version)" = "DigiWandel $version" ] || fail "the installed program"
    [ -f "$XDG_DATA_HOME/icons/hicolor/256x256/apps/digiwandel.png" ] || fail "no icon"
    sh "$HOME/.local/opt/DigiWandel/uninstall.sh"
    [ ! -e "$entry" ] && [ ! -e "$installed" ] || fail "uninstall.sh left the program behind"
    [ "$size_mb" -le "$MAX_UNPACKED_MB" ] ||
        fail "the bundle takes $size_mb MB unpacked, more than $MAX_UNPACKED_MB MB"
fi

finished=$(date +%s)
echo "smoke: passed in $((finished - built)) s (build $((built - started)) s);" \
    "bundle $size_mb MB unpacked"
