"""Regenerate the German translation files from the source code.

    python tools/update_translations.py          # update .ts from the code, then compile .qm
    python tools/update_translations.py --check  # only compile; fail on unfinished strings

New strings appear in digiwandel/resources/translations/digiwandel_de.ts as "unfinished";
translate them (Qt Linguist: `pyside6-linguist digiwandel_de.ts`, or any editor) and run the
command again to compile the .qm file the program loads.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "digiwandel"
TRANSLATIONS = SOURCE / "resources" / "translations"
LANGUAGES = ("de",)


def tool(name: str) -> str:
    """pyside6-lupdate / pyside6-lrelease from the same environment as this Python."""
    local = Path(sys.executable).parent / f"pyside6-{name}"
    if local.exists():
        return str(local)
    found = shutil.which(f"pyside6-{name}")
    if not found:
        raise SystemExit(f"pyside6-{name} not found; install the project first (pip install .)")
    return found


def source_files() -> list[str]:
    return sorted(
        str(p.relative_to(ROOT)) for p in SOURCE.rglob("*.py") if "migrations" not in p.parts
    )


def lupdate(ts_file: Path) -> None:
    subprocess.run(
        [
            tool("lupdate"),
            "-no-obsolete",
            "-locations",
            "none",
            *source_files(),
            "-ts",
            str(ts_file),
        ],
        cwd=ROOT,
        check=True,
        capture_output=True,
    )


def lrelease(ts_file: Path, qm_file: Path) -> None:
    subprocess.run([tool("lrelease"), "-silent", str(ts_file), "-qm", str(qm_file)], check=True)


def unfinished(ts_file: Path) -> list[str]:
    """Source texts that have no finished translation."""
    missing = []
    for message in ET.parse(ts_file).getroot().iter("message"):
        translation = message.find("translation")
        source = message.findtext("source") or ""
        text = "" if translation is None else "".join(translation.itertext())
        kind = "" if translation is None else translation.get("type", "")
        if kind in ("unfinished", "vanished", "obsolete") or not text.strip():
            missing.append(source)
    return missing


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="do not touch the .ts files")
    args = parser.parse_args(argv)
    status = 0
    for lang in LANGUAGES:
        ts_file = TRANSLATIONS / f"digiwandel_{lang}.ts"
        if not args.check:
            lupdate(ts_file)
        lrelease(ts_file, TRANSLATIONS / f"digiwandel_{lang}.qm")
        missing = unfinished(ts_file)
        if missing:
            status = 1
            print(f"{ts_file.name}: {len(missing)} unfinished translation(s)")
    return status


if __name__ == "__main__":
    sys.exit(main())
