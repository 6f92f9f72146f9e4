#!/usr/bin/env bash
# Build the program folder dist/DigiWandel (and, on Linux, the archive
# dist/DigiWandel-VERSION-linux-x86_64.tar.gz) from a clean checkout:
#   1. a fresh build environment in build/env with the versions of installer/constraints.txt,
#   2. the project itself installed into it (a bundle of the bare checkout lacks libraries),
#   3. PyInstaller with installer/digiwandel.spec, which stops when a library is missing.
# Runs on Linux and, in Git Bash, on Windows (see installer/windows/BUILD.md).
#   bash installer/build.sh
# PYTHON selects the Python to build with (default: python on Windows, where python3 is
# often only a shortcut to the Microsoft Store; python3 elsewhere); 3.11 or newer.
set -euo pipefail
cd "$(dirname "$0")/.."
root="$(pwd)"

if [ -z "${PYTHON:-}" ]; then
    case "$(uname -s)" in
        MINGW* | MSYS* | CYGWIN*) PYTHON=python ;;
        *) if command -v python3 >/dev/null 2>&1; then PYTHON=python3; else PYTHON=python; fi ;;
    esac
fi
"$PYTHON" -c 'import sys; sys.exit(sys.version_info < (3, 11))' || {
    echo "build: Python 3.11 or newer is needed ($PYTHON is $("$PYTHON" -V 2>&1))" >&2
    exit 1
}

started=$(date +%s)
rm -rf build/env build/pyinstaller dist/DigiWandel
mkdir -p build dist
echo "build: creating the build environment (build/env)"
"$PYTHON" -m venv build/env
if [ -x build/env/Scripts/python.exe ]; then py=build/env/Scripts/python.exe; else py=build/env/bin/python; fi

constraints=installer/constraints.txt
"$py" -m pip install --quiet --disable-pip-version-check --upgrade pip
echo "build: installing DigiWandel and PyInstaller with the pinned versions"
"$py" -m pip install --quiet --disable-pip-version-check -c "$constraints" . pyinstaller
# Every dependency present and compatible; the spec checks again that each can be found.
"$py" -m pip check

echo "build: bundling with PyInstaller"
"$py" -m PyInstaller --noconfirm --clean --log-level WARN \
    --distpath dist --workpath build/pyinstaller installer/digiwandel.spec

bundle=dist/DigiWandel
version="$("$py" -c 'import digiwandel; print(digiwandel.__version__)')"
cp LICENSE "$bundle/LICENSE.txt"

case "$(uname -s)" in
    Linux)
        # Libraries built with their debugging symbols (a Python built from source: libpython
        # 23 MB instead of 6; some modules of wheels) are stripped. Left alone: the libraries
        # wheels bring in their own folders (*.libs) and the modules linked to them; auditwheel
        # rewrote both, and strip breaks them.
        if command -v strip >/dev/null 2>&1; then
            find "$bundle/_internal" -type f -name '*.so*' -not -path '*.libs/*' |
                while IFS= read -r lib; do
                    # Read whole, then searched: with pipefail, `readelf | grep -q` fails
                    # at random when grep stops reading early (SIGPIPE).
                    dynamic="$(readelf -d "$lib" 2>/dev/null || true)"
                    sections="$(readelf -S "$lib" 2>/dev/null || true)"
                    grep -q -E 'NEEDED.*-[0-9a-f]{8}\.so' <<<"$dynamic" && continue
                    grep -q -E '\.debug_|\.symtab' <<<"$sections" || continue
                    strip --strip-unneeded "$lib"
                done
        fi
        # The archive for Linux: the folder plus the menu entry, its icon and install script.
        cp installer/linux/digiwandel.desktop installer/linux/install.sh \
            installer/linux/uninstall.sh "$bundle/"
        cp resources/icons/digiwandel.png "$bundle/digiwandel.png"
        chmod +x "$bundle/install.sh" "$bundle/uninstall.sh"
        archive="dist/DigiWandel-$version-linux-$(uname -m).tar.gz"
        tar -C dist -czf "$archive" DigiWandel
        echo "build: archive $archive ($(du -h "$archive" | cut -f1))"
        ;;
esac

echo "build: $bundle is ready: version $version, $(du -sh "$bundle" | cut -f1) unpacked," \
    "$(( $(date +%s) - started )) s"
echo "build: next, run the smoke test: bash installer/smoke.sh"
