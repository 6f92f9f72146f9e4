"""Command line. Starting without a subcommand opens the program window."""

from __future__ import annotations

import argparse
import os
import sys
from datetime import date
from pathlib import Path

from digiwandel import APP_NAME, __version__

# Command-line messages are in the language chosen in the program's settings (German at
# first), or in the one given with --lang; they are kept short and in one line so scripts
# can log them.
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
    "db_read_only": {
        "en": "{path} is write-protected, so DigiWandel cannot save to it. Remove the write "
        "protection or work on a copy. The file was not changed.",
        "de": "{path} ist schreibgeschützt, daher kann DigiWandel nichts darin speichern. "
        "Heben Sie den Schreibschutz auf oder arbeiten Sie mit einer Kopie. Die Datei wurde "
        "nicht verändert.",
    },
    "server_no_force": {
        "en": "--force replaces a file; a database on a server ({path}) is never replaced. "
        "Nothing was changed.",
        "de": "--force ersetzt eine Datei; eine Datenbank auf einem Server ({path}) wird nie "
        "ersetzt. Nichts wurde verändert.",
    },
    "db_empty": {
        "en": "{path} holds no DigiWandel data yet. Fill it first, for example with "
        "digiwandel import or digiwandel demo. Nothing was changed.",
        "de": "{path} enthält noch keine DigiWandel-Daten. Füllen Sie die Datenbank zuerst, "
        "zum Beispiel mit digiwandel import oder digiwandel demo. Nichts wurde verändert.",
    },
    "server_file_only": {
        "en": "{command} works on database files. For the database on the server {path}, "
        "use the server's own backups (pg_dump) and digiwandel export.",
        "de": "{command} arbeitet mit Datenbankdateien. Für die Datenbank auf dem Server "
        "{path} nutzen Sie die Sicherungen des Servers (pg_dump) und digiwandel export.",
    },
    "db_missing": {
        "en": "{path} does not exist.",
        "de": "{path} existiert nicht.",
    },
    "db_in_use": {
        "en": "{path} is open in a running DigiWandel. Close the file there first. "
        "The file was not changed.",
        "de": "{path} ist in einem laufenden DigiWandel geöffnet. Bitte schließen Sie die "
        "Datei dort zuerst. Die Datei wurde nicht verändert.",
    },
    "os_error": {
        "en": "Cannot write {path}: {detail}",
        "de": "{path} kann nicht geschrieben werden: {detail}",
    },
    "report_written": {
        "en": "Report written: {path} ({pages})",
        "de": "Bericht geschrieben: {path} ({pages})",
    },
    "one_page": {"en": "1 page", "de": "1 Seite"},
    "pages": {"en": "{count} pages", "de": "{count} Seiten"},
    "report_needs_id": {
        "en": "Please give the number of the measure with --id; measures: {choices}",
        "de": "Bitte geben Sie die Nummer der Maßnahme mit --id an; Maßnahmen: {choices}",
    },
    "output_no_folder": {
        "en": "Cannot write {path}: the folder {folder} does not exist.",
        "de": "{path} kann nicht geschrieben werden: Der Ordner {folder} existiert nicht.",
    },
    "output_is_folder": {
        "en": "Cannot write {path}: this is a folder; please give a file name.",
        "de": "{path} kann nicht geschrieben werden: Das ist ein Ordner; bitte geben Sie "
        "einen Dateinamen an.",
    },
    "output_not_writable": {
        "en": "Cannot write {path}: you may not write into the folder {folder}.",
        "de": "{path} kann nicht geschrieben werden: Sie dürfen im Ordner {folder} nicht "
        "schreiben.",
    },
    "backup_written": {
        "en": "Backup written: {path}",
        "de": "Sicherung geschrieben: {path}",
    },
    "restored": {
        "en": "{path} restored from {backup}; the previous state is kept in {before}",
        "de": "{path} aus {backup} wiederhergestellt; der vorherige Stand ist in {before} "
        "gesichert",
    },
    # the same in both languages (message() falls back to "en")
    "selftest_step": {"en": "{status:<6} {step:<32} {seconds:>6} s  {detail}"},
    "selftest_ok": {"en": "ok"},
    "selftest_error": {"en": "FAILED", "de": "FEHLER"},
    "selftest_passed": {
        "en": "Self-test passed in {seconds} s: this installation works.",
        "de": "Selbsttest bestanden in {seconds} s: Diese Installation funktioniert.",
    },
    "selftest_failed": {
        "en": 'Self-test failed at "{step}": {error}',
        "de": "Selbsttest fehlgeschlagen bei „{step}“: {error}",
    },
    "report_not_kept": {
        "en": "The report was written to {path}, but could not be kept in the database: {detail}",
        "de": "Der Bericht wurde in {path} gespeichert, konnte aber nicht in der Datenbank "
        "aufbewahrt werden: {detail}",
    },
}

# The kinds of report (the same as digiwandel.services.reports.common.KINDS, which a test
# keeps equal; not imported, so that starting the program loads no report code).
REPORT_CHOICES = ("board", "assessment", "project", "strategy", "questionnaire")


LANG_HELP = "language of the messages (default: the one chosen in the program's settings)"


def database_argument(text: str) -> Path | str:
    """--db: a database file, or a database on a PostgreSQL server given by its address
    (postgresql://user@host/database; see digiwandel/server_address.py)."""
    from digiwandel.server_address import ServerAddressError, is_server_address, server_url

    if not is_server_address(text):
        return Path(text)
    try:
        server_url(text)
    except ServerAddressError:
        raise argparse.ArgumentTypeError(
            f"not a server address: {text} (expected postgresql://user@host/database)"
        ) from None
    return text


def on_server(target: Path | str) -> bool:
    return isinstance(target, str)


def _shown(target: Path | str) -> str:
    from digiwandel.server_address import server_url, shown

    return shown(server_url(target)) if on_server(target) else str(target)


def default_language() -> str:
    """The language the program window uses: the one chosen in its settings."""
    from PySide6.QtCore import QSettings

    from digiwandel.i18n import saved_language

    # The format the window's QSettings() uses too (the system's, unless changed).
    settings = QSettings(QSettings.defaultFormat(), QSettings.Scope.UserScope, APP_NAME, APP_NAME)
    return saved_language(settings)


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
        "--db",
        type=database_argument,
        help="database file to open (default: the file in your data folder)",
    )
    parser.add_argument(
        "--lang",
        choices=("de", "en"),
        help="language of the user interface for this run (default: the one chosen in the "
        "settings, German at first)",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    demo = sub.add_parser(
        "demo",
        help="write the demo organisation into a new database file",
        description="Write the fictional demo organisation into a new database file.",
    )
    demo.add_argument(
        "--db", type=database_argument, required=True, dest="demo_db", help="file to create"
    )
    demo.add_argument("--force", action="store_true", help="replace the file if it exists")
    demo.add_argument("--lang", choices=("de", "en"), dest="sub_lang", help=LANG_HELP)
    report = sub.add_parser(
        "report",
        help="write a report as a PDF file",
        description=(
            "Write a report as a PDF file: board (Vorstandsbericht), assessment (the results "
            "of a completed check; without --id the newest), project (the profile of the "
            "measure --id), strategy (the strategy paper) or questionnaire (blank, to print). "
            "Every report except the questionnaire is also kept in the database; the next "
            "board report compares its key figures with the last one. The sections chosen "
            "last in the program are used."
        ),
    )
    report.add_argument("kind", choices=REPORT_CHOICES, help="which report")
    report.add_argument(
        "--db",
        type=database_argument,
        required=True,
        dest="report_db",
        help="the database file to read",
    )
    report.add_argument(
        "-o", "--output", type=Path, required=True, help="the PDF file to write (replaced)"
    )
    report.add_argument(
        "--id", type=int, dest="item_id", help="number of the assessment or of the measure"
    )
    report.add_argument(
        "--lang",
        choices=("de", "en"),
        dest="sub_lang",
        help="language of the report and of the messages (default: the language chosen in "
        "the program's settings, German at first)",
    )
    report.add_argument(
        "--period", help="period named on the cover (default: the current half year)"
    )
    _add_backup_commands(sub)
    _add_check_db_command(sub)
    _add_selftest_command(sub)
    _add_transfer_commands(sub)
    return parser


def _fail(text: str) -> int:
    print(f"digiwandel: {text}", file=sys.stderr)
    return 1


def _database_error(exc, lang: str) -> int:
    text = message(f"db_{exc.kind}", lang, path=exc.path, detail=exc.detail)
    if exc.kind == "corrupt":
        text += " " + _backup_hint(exc.path, lang)
    return _fail(text)


def _writer_lock(path: Path, lang: str):
    """The lock the program window takes on `path`, for a command that writes the file:
    (lock, None), or (None, why not) while a running program has the file open. In a folder
    that cannot be written there is no lock to take (None, None); writing fails later."""
    from digiwandel.ui.file_lock import try_lock

    folder = Path(path).resolve().parent
    if not (folder.is_dir() and os.access(folder, os.W_OK)):
        return None, None
    lock = try_lock(path)
    if lock is None:
        return None, message("db_in_use", lang, path=path)
    return lock, None


def run_demo(args: argparse.Namespace, lang: str) -> int:
    from sqlalchemy.exc import SQLAlchemyError

    from digiwandel.model.database import DatabaseOpenError
    from digiwandel.services.demo import create_demo_file
    from digiwandel.services.errors import DomainError

    if on_server(args.demo_db):
        return _server_demo(args, lang)
    if args.demo_db.is_dir():
        return _fail(message("output_is_folder", lang, path=args.demo_db))
    lock, problem = _writer_lock(args.demo_db, lang)
    if problem:
        return _fail(problem)
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
    finally:
        if lock is not None:
            lock.unlock()
    print(message("demo_written", lang, path=path))
    return 0


def _fill_server(target: str, lang: str, fill, done: str) -> int:
    """Open the database on the server `target`, `fill(db)` it (returns the number of
    entries written), close it and say `done`; every error in one line."""
    from sqlalchemy.exc import SQLAlchemyError

    from digiwandel.model.database import DatabaseOpenError, open_server
    from digiwandel.services.errors import DomainError

    where = _shown(target)
    try:
        db = open_server(target)
    except DatabaseOpenError as exc:
        return _database_error(exc, lang)
    except SQLAlchemyError as exc:
        return _fail(message("db_unreadable", lang, path=where, detail=_detail(exc)))
    try:
        count = fill(db)
    except DomainError as exc:
        return _fail(_translate_error(exc, lang))
    except SQLAlchemyError as exc:
        return _fail(message("db_unreadable", lang, path=where, detail=_detail(exc)))
    finally:
        db.close()
    print(message(done, lang, path=where, count=count))
    return 0


def _server_demo(args: argparse.Namespace, lang: str) -> int:
    from digiwandel.services.demo import create_demo_in

    if args.force:
        return _fail(message("server_no_force", lang, path=_shown(args.demo_db)))
    return _fill_server(args.demo_db, lang, create_demo_in, "demo_written")


def _open_to_read(target: Path | str):
    """A report or an export: a file is opened read-only; a database on a server must
    already hold DigiWandel data."""
    from digiwandel.model.database import open_database, open_server

    if on_server(target):
        return open_server(target, create=False)
    return open_database(target, create=False, for_reading=True)


def _check_output(path: Path, lang: str) -> str | None:
    """Why the report cannot be written to `path`, before any time is spent on it."""
    import os

    folder = path.parent if str(path.parent) else Path(".")
    if path.is_dir():
        return message("output_is_folder", lang, path=path)
    if not folder.is_dir():
        return message("output_no_folder", lang, path=path, folder=folder)
    if not os.access(folder, os.W_OK | os.X_OK):
        return message("output_not_writable", lang, path=path, folder=folder)
    return None


def run_report(args: argparse.Namespace, lang: str) -> int:
    from sqlalchemy.exc import SQLAlchemyError

    from digiwandel.i18n import QtLanguage
    from digiwandel.model.database import DatabaseOpenError
    from digiwandel.services.errors import DomainError
    from digiwandel.services.reports import (
        ReportRequest,
        ReportService,
        default_period,
        write_file_atomically,
    )

    output: Path = args.output
    problem = _check_output(output, lang)
    if problem:
        return _fail(problem)
    path = args.report_db
    if not on_server(path) and path.is_file() and path.stat().st_size == 0:
        # An empty file would become a new database: a report never creates one.
        return _fail(message("db_foreign", lang, path=path))
    try:
        db = _open_to_read(path)
    except DatabaseOpenError as exc:
        return _database_error(exc, lang)
    except SQLAlchemyError as exc:
        return _fail(message("db_unreadable", lang, path=_shown(path), detail=_detail(exc)))
    try:
        service = ReportService(db)
        language = QtLanguage(lang)
        info = service.kind(args.kind)
        if info.item == "project" and args.item_id is None:
            choices = service.items(args.kind)
            if choices:
                shown = ", ".join(f"{c.id} {c.title}" for c in choices[:10])
                if len(choices) > 10:
                    shown += ", …"
                return _fail(message("report_needs_id", lang, choices=shown))
        request = ReportRequest(
            kind=args.kind,
            item_id=args.item_id,
            sections=service.remembered_sections(args.kind) if info.sections else None,
            period=args.period
            if args.period is not None
            else ("" if info.item else default_period(language, date.today())),
        )
        rendered = service.render(request, language)
        try:
            write_file_atomically(output, rendered.pdf)
        except OSError as exc:
            return _fail(message("os_error", lang, path=output, detail=exc.strerror or exc))
        try:
            service.store_snapshot(rendered)
        except (SQLAlchemyError, DomainError) as exc:
            return _fail(message("report_not_kept", lang, path=output, detail=_detail(exc)))
    except DomainError as exc:
        return _fail(_translate_error(exc, lang))
    except SQLAlchemyError as exc:
        return _fail(message("db_unreadable", lang, path=_shown(path), detail=_detail(exc)))
    finally:
        db.close()
    pages = (
        message("one_page", lang)
        if rendered.pages == 1
        else message("pages", lang, count=rendered.pages)
    )
    print(message("report_written", lang, path=output, pages=pages))
    return 0


def _add_backup_commands(sub) -> None:
    backup = sub.add_parser(
        "backup",
        help="make a backup of a database file",
        description=(
            "Copy the database consistently (also while the program has it open) to a "
            "backup file named after the database, the date and the time. Older backups "
            "are thinned: all of the last 24 hours (at most 10), one a day for 14 days, "
            "one a week for 8 weeks, one a month for 12 months."
        ),
    )
    backup.add_argument(
        "--db",
        type=database_argument,
        required=True,
        dest="backup_db",
        metavar="PATH",
        help="the database file to back up",
    )
    backup.add_argument(
        "--to",
        type=Path,
        dest="backup_to",
        metavar="DIR",
        help="folder for the backup (default: ./backups beside the database)",
    )
    backup.add_argument("--lang", choices=("de", "en"), dest="sub_lang", help=LANG_HELP)
    restore = sub.add_parser(
        "restore",
        help="replace a database with a backup",
        description=(
            "Replace the content of the database with a backup. The current state is backed "
            "up first (into ./backups beside the database); a damaged backup is refused and "
            "the database left unchanged."
        ),
    )
    restore.add_argument("backup_file", type=Path, metavar="BACKUP", help="the backup file")
    restore.add_argument(
        "--db",
        type=database_argument,
        required=True,
        dest="restore_db",
        metavar="PATH",
        help="the database file to replace",
    )
    restore.add_argument("--lang", choices=("de", "en"), dest="sub_lang", help=LANG_HELP)


def _existing_database(path: Path, lang: str, *, allow_corrupt: bool = False) -> str | None:
    """Why `path` is no DigiWandel database to back up or restore into (None: it is)."""
    from digiwandel.model.database import DatabaseOpenError, inspect_file

    if not path.is_file():
        return message("db_missing", lang, path=path)
    try:
        if inspect_file(path) is None:  # an empty file is no database
            return message("db_foreign", lang, path=path)
    except DatabaseOpenError as exc:
        if not (allow_corrupt and exc.kind == "corrupt"):
            return message(f"db_{exc.kind}", lang, path=exc.path, detail=exc.detail)
    return None


def _file_only(command: str, target: str, lang: str) -> int:
    return _fail(message("server_file_only", lang, command=command, path=_shown(target)))


def run_backup(args: argparse.Namespace, lang: str) -> int:
    from digiwandel.services.backups import backup_path_now
    from digiwandel.services.errors import DomainError

    if on_server(args.backup_db):
        return _file_only("digiwandel backup", args.backup_db, lang)
    problem = _existing_database(args.backup_db, lang)
    if problem:
        return _fail(problem)
    try:
        info = backup_path_now(args.backup_db, "manual", args.backup_to)
    except DomainError as exc:
        return _fail(_translate_error(exc, lang))
    print(message("backup_written", lang, path=info.path))
    return 0


def run_restore(args: argparse.Namespace, lang: str) -> int:
    from digiwandel.services.backups import restore_file
    from digiwandel.services.errors import DomainError

    if on_server(args.restore_db):
        return _file_only("digiwandel restore", args.restore_db, lang)
    # A damaged database is what a restore is for; a foreign or newer file is not replaced.
    problem = _existing_database(args.restore_db, lang, allow_corrupt=True)
    if not problem and not os.access(args.restore_db, os.W_OK):
        problem = message("db_read_only", lang, path=args.restore_db)
    if problem:
        return _fail(problem)
    lock, problem = _writer_lock(args.restore_db, lang)
    if problem:
        return _fail(problem)
    try:
        before = restore_file(args.restore_db, args.backup_file)
    except DomainError as exc:
        return _fail(_translate_error(exc, lang))
    finally:
        if lock is not None:
            lock.unlock()
    print(message("restored", lang, path=args.restore_db, backup=args.backup_file, before=before))
    return 0


def _detail(exc) -> str:
    """The driver's own words, on one line (libpq's messages run over several)."""
    return " ".join(str(getattr(exc, "orig", None) or exc).split())


def _translate_error(exc, lang: str) -> str:
    if lang == "en":
        return exc.render()
    from digiwandel.i18n import load_translators, translate_error

    return translate_error(exc, load_translators(lang))


# -- check-db ----------------------------------------------------------------------------
_MESSAGES.update(
    {
        "check_healthy": {
            "en": "{path}: no problems found.",
            "de": "{path}: keine Probleme gefunden.",
        },
        "check_problems": {
            "en": "{path}: problems found ({count}):",
            "de": "{path}: gefundene Probleme ({count}):",
        },
        "check_repair_hint": {
            "en": "Some of these can be repaired (a backup is made first): "
            "digiwandel check-db --repair --db {path}",
            "de": "Einiges davon lässt sich reparieren (vorher wird eine Sicherung angelegt): "
            "digiwandel check-db --repair --db {path}",
        },
        "check_repaired": {
            "en": "Repaired. Steps added: {steps}; stored results of checks to be computed "
            "again: {scores}. Backup made before: {backup}",
            "de": "Repariert. Ergänzte Schritte: {steps}; neu zu berechnende gespeicherte "
            "Ergebnisse: {scores}. Vorher angelegte Sicherung: {backup}",
        },
        "backup_sound": {
            "en": "The newest sound backup is from {date}: {path}",
            "de": "Die neueste intakte Sicherung ist vom {date}: {path}",
        },
        "backup_none": {
            "en": "No sound backup of this file was found in {folder}.",
            "de": "In {folder} wurde keine intakte Sicherung dieser Datei gefunden.",
        },
    }
)


def _add_check_db_command(sub) -> None:
    check = sub.add_parser(
        "check-db",
        help="check a database file for damage and inconsistencies",
        description=(
            "Check a database file without changing it: SQLite's integrity and foreign key "
            "checks, every measure has its 12 steps, every answer belongs to a question of "
            "its check's catalog version, stored results match the answers. Exit status: "
            "0 no problems, 1 problems found, 2 the file cannot be opened."
        ),
    )
    check.add_argument(
        "--db",
        type=database_argument,
        required=True,
        dest="check_db",
        metavar="PATH",
        help="the database file to check",
    )
    check.add_argument(
        "--repair",
        action="store_true",
        help="repair what can be repaired (missing steps, stale stored results) after "
        "making a backup",
    )
    check.add_argument("--lang", choices=("de", "en"), dest="sub_lang", help=LANG_HELP)


def _backup_hint(path: Path, lang: str) -> str:
    from digiwandel.model.backup import backup_dir_for
    from digiwandel.services.check_db import newest_sound_backup

    backup = newest_sound_backup(path)
    if backup is None:
        return message("backup_none", lang, folder=backup_dir_for(Path(path)))
    stamp = backup.created.strftime("%d.%m.%Y %H:%M" if lang == "de" else "%Y-%m-%d %H:%M")
    return message("backup_sound", lang, date=stamp, path=backup.path)


def run_check_db(args: argparse.Namespace, lang: str) -> int:
    """Exit status 0: no problems; 1: problems found; 2: the file cannot be opened."""
    from sqlalchemy.exc import SQLAlchemyError

    from digiwandel.i18n import QtLanguage
    from digiwandel.model.database import DatabaseOpenError, open_database
    from digiwandel.services.check_db import check_database, repair_database

    if on_server(args.check_db):
        _file_only("digiwandel check-db", args.check_db, lang)
        return 2
    path: Path = args.check_db
    try:
        report = check_database(path)
        if args.repair and report.repairable:
            lock, problem = _writer_lock(path, lang)
            if problem:
                _fail(problem)
                return 2
            try:
                db = open_database(path, create=False)
                try:
                    result = repair_database(db)
                finally:
                    db.close()
            finally:
                if lock is not None:
                    lock.unlock()
            print(
                message(
                    "check_repaired",
                    lang,
                    steps=result.steps_added,
                    scores=result.scores_forgotten,
                    backup=result.backup,
                )
            )
            report = result.remaining
    except DatabaseOpenError as exc:
        _database_error(exc, lang)
        return 2
    except (SQLAlchemyError, OSError) as exc:
        _fail(message("db_unreadable", lang, path=path, detail=_detail(exc)))
        return 2
    language = QtLanguage(lang)
    for note in report.notes:
        print(note.render(language))
    if report.healthy:
        print(message("check_healthy", lang, path=path))
        return 0
    print(message("check_problems", lang, path=path, count=len(report.problems)))
    for problem in report.problems:
        print(f"- {problem.render(language)}")
    if report.damaged:
        print(_backup_hint(path, lang))
    elif report.repairable:
        print(message("check_repair_hint", lang, path=path))
    return 1


# -- export / import -----------------------------------------------------------------------
_MESSAGES.update(
    {
        "exported": {
            "en": "Organisation exported to {path}",
            "de": "Organisation exportiert nach {path}",
        },
        "imported": {
            "en": "Organisation imported into {path} ({count} entries)",
            "de": "Organisation importiert in {path} ({count} Einträge)",
        },
    }
)


def _add_transfer_commands(sub) -> None:
    export = sub.add_parser(
        "export",
        help="write the whole organisation as a JSON file",
        description=(
            "Write everything the database holds about the organisation into one JSON file "
            "in DigiWandel's documented, versioned transfer format."
        ),
    )
    export.add_argument(
        "--db",
        type=database_argument,
        required=True,
        dest="export_db",
        help="the database file to read",
    )
    export.add_argument(
        "-o", "--output", type=Path, required=True, help="the JSON file to write (replaced)"
    )
    export.add_argument("--lang", choices=("de", "en"), dest="sub_lang", help=LANG_HELP)
    import_ = sub.add_parser(
        "import",
        help="read an exported organisation into a new or empty database",
        description=(
            "Read a JSON export into a new database file or an empty database. The whole "
            "file is checked first; on any error nothing is written and the message names "
            "the place in the file. A database that already holds data is never changed."
        ),
    )
    import_.add_argument("import_file", type=Path, metavar="IN.json", help="the export to read")
    import_.add_argument(
        "--db",
        type=database_argument,
        required=True,
        dest="import_db",
        help="the database file to fill",
    )
    import_.add_argument("--lang", choices=("de", "en"), dest="sub_lang", help=LANG_HELP)


def run_export(args: argparse.Namespace, lang: str) -> int:
    from sqlalchemy.exc import SQLAlchemyError

    from digiwandel.model.database import DatabaseOpenError
    from digiwandel.services.errors import DomainError
    from digiwandel.services.transfer import write_export

    problem = _check_output(args.output, lang)
    if not problem and not on_server(args.export_db):
        problem = _existing_database(args.export_db, lang)
    if problem:
        return _fail(problem)
    try:
        db = _open_to_read(args.export_db)
    except DatabaseOpenError as exc:
        return _database_error(exc, lang)
    except SQLAlchemyError as exc:
        where = _shown(args.export_db)
        return _fail(message("db_unreadable", lang, path=where, detail=_detail(exc)))
    try:
        write_export(db, args.output)
    except DomainError as exc:
        return _fail(_translate_error(exc, lang))
    except OSError as exc:
        return _fail(message("os_error", lang, path=args.output, detail=exc.strerror or exc))
    except SQLAlchemyError as exc:
        where = _shown(args.export_db)
        return _fail(message("db_unreadable", lang, path=where, detail=_detail(exc)))
    finally:
        db.close()
    print(message("exported", lang, path=args.output))
    return 0


def _server_import(args: argparse.Namespace, lang: str) -> int:
    """Into an empty database on a server: all or nothing, then counted table by table."""
    from digiwandel.services.transfer import import_into_server

    def fill(db) -> int:
        return import_into_server(args.import_file, db)

    return _fill_server(args.import_db, lang, fill, "imported")


def run_import(args: argparse.Namespace, lang: str) -> int:
    from sqlalchemy.exc import SQLAlchemyError

    from digiwandel.model.database import DatabaseOpenError
    from digiwandel.services.errors import DomainError
    from digiwandel.services.transfer import import_into_file

    if on_server(args.import_db):
        return _server_import(args, lang)
    if args.import_db.is_dir():
        return _fail(message("output_is_folder", lang, path=args.import_db))
    lock, problem = _writer_lock(args.import_db, lang)
    if problem:
        return _fail(problem)
    try:
        count = import_into_file(args.import_file, args.import_db)
    except DatabaseOpenError as exc:
        return _database_error(exc, lang)
    except DomainError as exc:
        return _fail(_translate_error(exc, lang))
    except OSError as exc:
        return _fail(message("os_error", lang, path=args.import_db, detail=exc.strerror or exc))
    except SQLAlchemyError as exc:
        return _fail(message("db_unreadable", lang, path=args.import_db, detail=_detail(exc)))
    finally:
        if lock is not None:
            lock.unlock()
    print(message("imported", lang, path=args.import_db, count=count))
    return 0


def _add_selftest_command(sub) -> None:
    selftest = sub.add_parser(
        "selftest",
        help="check that this installation works",
        description=(
            "Check that this installation works: create a database in a temporary folder, "
            "write the demo organisation into it, make the board report, draw its first "
            "page, write a spreadsheet, load the translations, check the database and open "
            "every page of the program window. Your own files and settings are not touched. "
            "Exit status 0: everything works."
        ),
    )
    selftest.add_argument(
        "--keep",
        type=Path,
        metavar="FOLDER",
        help="do the work in this folder and keep what was made (the database, the report)",
    )
    selftest.add_argument(
        "--no-window",
        action="store_true",
        help="leave out the program window (for a computer without a screen)",
    )
    selftest.add_argument("--lang", choices=("de", "en"), dest="sub_lang", help=LANG_HELP)


def run_selftest(args: argparse.Namespace, lang: str) -> int:
    import time

    from digiwandel import selftest
    from digiwandel.formats import locale_for, number_text
    from digiwandel.i18n import QtLanguage

    locale = locale_for(lang)
    language = QtLanguage(lang)

    def report(result: selftest.StepResult) -> None:
        step = language.tr(selftest.TR_CONTEXT, selftest.STEP_TITLES[result.key])
        status = message("selftest_error" if result.error else "selftest_ok", lang)
        seconds = number_text(result.seconds, 2, locale)
        line = message(
            "selftest_step", lang, status=status, step=step, seconds=seconds, detail=result.detail
        )
        print(line, flush=True)
        if result.error:
            _fail(message("selftest_failed", lang, step=step, error=result.error))

    started = time.perf_counter()
    if not selftest.run(lang, report, keep=args.keep, window=not args.no_window):
        return 1
    seconds = number_text(time.perf_counter() - started, 1, locale)
    print(message("selftest_passed", lang, seconds=seconds))
    return 0


COMMANDS = {
    "demo": run_demo,
    "report": run_report,
    "check-db": run_check_db,
    "export": run_export,
    "import": run_import,
    "backup": run_backup,
    "restore": run_restore,
    "selftest": run_selftest,
}


def main(argv: list[str] | None = None) -> int:
    # Every file the program makes (database, journal, lock, backups, exports, reports,
    # log) is for its user alone: 0600 files, 0700 folders on Linux and macOS.
    if os.name == "posix":
        os.umask(0o077)
    parser = build_parser()
    args = parser.parse_args(argv)
    lang = getattr(args, "sub_lang", None) or args.lang
    if args.command is None:
        from digiwandel.ui.app import run_gui

        return run_gui(db_path=args.db, lang=lang)
    return COMMANDS[args.command](args, lang or default_language())


if __name__ == "__main__":
    sys.exit(main())
