"""Regenerate the translation files from the source code.

    python tools/update_translations.py          # update .ts from the code, then compile .qm
    python tools/update_translations.py --check  # only compile; fail on unfinished strings

New strings appear in resources/translations/digiwandel_de.ts as "unfinished";
translate them (Qt Linguist: `pyside6-linguist digiwandel_de.ts`, or any editor) and run the
command again to compile the .qm file the program loads. Texts with a count ("%n
measure(s)") also appear in digiwandel_en.ts, where they get their English singular and
plural forms.
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
TRANSLATIONS = ROOT / "resources" / "translations"
# German is complete; English is the language of the code and needs only its plural forms
# ("%n measure(s)" → "1 measure" / "2 measures").
LANGUAGES = ("de", "en")
PLURAL_ONLY = ("en",)
PLURAL_FORMS = 2  # singular and plural, in German and English alike


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
    """Read the code into `ts_file`, then mark every "%n" text as a plural message."""
    lang = ts_file.stem.rpartition("_")[2]
    kept = plural_translations(ts_file) if ts_file.exists() else {}
    subprocess.run(
        [
            tool("lupdate"),
            "-no-obsolete",
            "-locations",
            "none",
            "-target-language",
            lang,
            *source_files(),
            "-ts",
            str(ts_file),
        ],
        cwd=ROOT,
        check=True,
        capture_output=True,
    )
    mark_plurals(ts_file, plural_only=lang in PLURAL_ONLY, kept=kept)


def plural_translations(ts_file: Path) -> dict[tuple[str, str], ET.Element]:
    """The finished plural translations of a .ts file by (context, source)."""
    found = {}
    for context in ET.parse(ts_file).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if message.get("numerus") == "yes" and translation.get("type") is None:
                found[(name, message.findtext("source") or "")] = translation
    return found


def mark_plurals(
    ts_file: Path, *, plural_only: bool, kept: dict[tuple[str, str], ET.Element]
) -> None:
    """lupdate sees plural forms only in `self.tr(text, None, n)`; texts translated with
    `QCoreApplication.translate(context, text, None, n)` (module-level helpers) come out as
    plain messages. Any text with "%n" is a plural message here, whatever call made it, so
    Qt picks the form for n at run time. A plural-only file keeps nothing else.
    """
    tree = ET.parse(ts_file)
    root = tree.getroot()
    for context in list(root.iter("context")):
        name = context.findtext("name") or ""
        for message in list(context.iter("message")):
            source = message.findtext("source") or ""
            plural = "%n" in source
            if plural_only and not plural:
                context.remove(message)
                continue
            if not plural or message.get("numerus") == "yes":
                continue
            message.set("numerus", "yes")
            translation = message.find("translation")
            if (name, source) in kept:
                # lupdate flattened a plural it did not recognise in the code: restore it.
                message.remove(translation)
                message.append(kept[(name, source)])
                continue
            old = "".join(translation.itertext())
            for child in list(translation):
                translation.remove(child)
            translation.text = None
            for _ in range(PLURAL_FORMS):
                ET.SubElement(translation, "numerusform").text = old
            # A text written for one number needs a look for the others.
            translation.set("type", "unfinished")
        if not context.findall("message"):
            root.remove(context)
    ET.indent(tree, space="    ")
    with ts_file.open("wb") as out:
        out.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(out, encoding="utf-8", xml_declaration=False)
        out.write(b"\n")


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
        forms = [] if translation is None else translation.findall("numerusform")
        empty_form = any(not (f.text or "").strip() for f in forms)
        if kind in ("unfinished", "vanished", "obsolete") or not text.strip() or empty_form:
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
