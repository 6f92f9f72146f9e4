"""Command line. Starting without a subcommand opens the program window."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from digiwandel import APP_NAME, __version__

# Command-line messages are English by default, German with --lang de; they are kept
# short and in one line so scripts can log them.
_MESSAGES = {
    "demo_written": {
        "en": "Demo organisation written to {path}",
        "de": "Demo-Organisation gespeichert in {path}",
    },
    "db_newer": {
        "en": "{path} was written by a newer version of DigiWandel; please update the program. "
        "The file was not changed.",
        "de": "{path} wurde mit einer neueren DigiWandel-Version erstellt; bitte aktualisieren "
        "Sie das Programm. Die Datei wurde nicht verändert.",
    },
    "db_foreign": {
        "en": "{path} is not a DigiWandel database. The file was not changed.",
        "de": "{path} ist keine DigiWandel-Datenbank. Die Datei wurde nicht verändert.",
    },
    "db_corrupt": {
        "en": "{path} is damaged and cannot be read. The file was not changed.",
        "de": "{path} ist beschädigt und kann nicht gelesen werden. Die Datei wurde nicht "
        "verändert.",
    },
    "db_unreadable": {
        "en": "{path} cannot be opened: {detail}",
        "de": "{path} kann nicht geöffnet werden: {detail}",
    },
    "db_missing": {
        "en": "{path} does not exist.",
        "de": "{path} existiert nicht.",
    },
    "os_error": {
        "en": "Cannot write {path}: {detail}",
        "de": "{path} kann nicht geschrieben werden: {detail}",
    },
}


def message(key: str, lang: str, **params: object) -> str:
    texts = _MESSAGES[key]
    return texts.get(lang, texts["en"]).format(**params)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="digiwandel",
        description=(
            "DigiWandel: Digitalisierungscheck, strategy editor and 12-step project tracker "
            "for social-sector organisations. Without a subcommand the program window opens."
        ),
    )
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    parser.add_argument(
        "--db", type=Path, help="database file to open (default: the file in your data folder)"
    )
    parser.add_argument(
        "--lang", choices=("de", "en"), help="language of the user interface (default: German)"
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    demo = sub.add_parser(
        "demo",
        help="write the demo organisation into a new database file",
        description="Write the fictional demo organisation into a new database file.",
    )
    demo.add_argument("--db", type=Path, required=True, dest="demo_db", help="file to create")
    demo.add_argument("--force", action="store_true", help="replace the file if it exists")
    demo.add_argument("--lang", choices=("de", "en"), dest="sub_lang", help="message language")
    return parser


def _fail(text: str) -> int:
    print(f"digiwandel: {text}", file=sys.stderr)
    return 1


def _database_error(exc, lang: str) -> int:
    return _fail(message(f"db_{exc.kind}", lang, path=exc.path, detail=exc.detail))


def run_demo(args: argparse.Namespace, lang: str) -> int:
    from sqlalchemy.exc import SQLAlchemyError

    from digiwandel.model.database import DatabaseOpenError
    from digiwandel.services.demo import create_demo_file
    from digiwandel.services.errors import DomainError

    try:
        path = create_demo_file(args.demo_db, force=args.force)
    except DatabaseOpenError as exc:
        return _database_error(exc, lang)
    except DomainError as exc:
        return _fail(_translate_error(exc, lang))
    except OSError as exc:
        return _fail(message("os_error", lang, path=args.demo_db, detail=exc.strerror or exc))
    except SQLAlchemyError as exc:
        # e.g. "unable to open database file" in a folder SQLite may not write to
        detail = getattr(exc, "orig", None) or exc
        return _fail(message("db_unreadable", lang, path=args.demo_db, detail=detail))
    print(message("demo_written", lang, path=path))
    return 0


def _translate_error(exc, lang: str) -> str:
    if lang == "en":
        return exc.render()
    from digiwandel.i18n import load_translators, translate_error

    return translate_error(exc, load_translators(lang))


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    lang = getattr(args, "sub_lang", None) or args.lang or "en"
    if args.command == "demo":
        return run_demo(args, lang)
    from digiwandel.ui.app import run_gui

    return run_gui(db_path=args.db, lang=args.lang)


if __name__ == "__main__":
    sys.exit(main())
