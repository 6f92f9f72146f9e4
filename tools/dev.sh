#!/usr/bin/env bash
# Set up the development environment (.venv) and run the program or the tests.
#   bash tools/dev.sh run     set up, create the demo database if needed, start the program
#   bash tools/dev.sh test    set up, run ruff and the whole test suite
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON=${PYTHON:-python3}
VENV=.venv

# Debian/Ubuntu packages: Qt's shared libraries (also needed offscreen), the window-system
# libraries for showing the program, and venv support for Python.
QT_LIBS="libegl1 libgl1 libfontconfig1 libxkbcommon0 libdbus-1-3 libglib2.0-0"
DISPLAY_LIBS="libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-render-util0 libxcb-shape0"
need_debian_packages() {
    command -v dpkg >/dev/null 2>&1 || return 0
    local missing="" pkg
    for pkg in "$@"; do
        dpkg -s "$pkg" >/dev/null 2>&1 || missing="$missing $pkg"
    done
    [ -n "$missing" ] || return 0
    local sudo=""
    [ "$(id -u)" -ne 0 ] && sudo="sudo"
    echo "Installing Debian packages:$missing"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends $missing
}

# The tests read the reports they make with poppler (pdftotext, pdffonts) and qpdf, check
# the Linux menu entry, and start a throwaway PostgreSQL server of their own (the server
# programs only; no system service is used); the bundle's build strips libraries (binutils).
TEST_TOOLS="poppler-utils qpdf desktop-file-utils binutils postgresql"
packages="$QT_LIBS"
[ "${1:-}" = "run" ] && packages="$packages $DISPLAY_LIBS"
[ "${1:-}" = "test" ] && packages="$packages $TEST_TOOLS"
"$PYTHON" -c "import ensurepip, venv" 2>/dev/null || packages="$packages python3-venv"
need_debian_packages $packages

if [ ! -x "$VENV/bin/python" ]; then
    "$PYTHON" -m venv "$VENV"
fi
# Re-install only when the project definition changed since the last install.
stamp="$VENV/.installed"
if [ ! -f "$stamp" ] || [ pyproject.toml -nt "$stamp" ]; then
    "$VENV/bin/python" -m pip install --quiet --upgrade pip
    "$VENV/bin/python" -m pip install --quiet -e ".[test]"
    touch "$stamp"
fi

case "${1:-}" in
    run)
        demo="$("$VENV/bin/python" -c 'from digiwandel.paths import data_dir; print(data_dir() / "demo.sqlite3")')"
        [ -s "$demo" ] || "$VENV/bin/digiwandel" demo --db "$demo"
        exec "$VENV/bin/digiwandel" --db "$demo" "${@:2}"
        ;;
    test)
        "$VENV/bin/ruff" check .
        "$VENV/bin/ruff" format --check .
        export QT_QPA_PLATFORM=offscreen
        set +e
        "$VENV/bin/python" -m pytest "${@:2}"
        code=$?
        set -e
        # pytest exits 5 when it collected no tests: that is a failure here.
        [ "$code" -eq 5 ] && echo "ci: no tests were collected" >&2
        exit "$code"
        ;;
    *)
        echo "usage: bash tools/dev.sh run|test [args]" >&2
        exit 2
        ;;
esac
