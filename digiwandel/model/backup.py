"""Consistent copies of an SQLite database through SQLite's backup API."""

from __future__ import annotations

import sqlite3
from datetime import datetime
from pathlib import Path


def backup_dir_for(db_path: Path) -> Path:
    return db_path.parent / "backups"


def backup_file(db_path: Path, *, reason: str = "manual", to_dir: Path | None = None) -> Path:
    """Copy `db_path` to `to_dir` (default: a backups folder beside it); return the copy."""
    target_dir = to_dir or backup_dir_for(db_path)
    target_dir.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = target_dir / f"{db_path.stem}-{stamp}-{reason}.sqlite3"
    counter = 1
    while target.exists():
        target = target_dir / f"{db_path.stem}-{stamp}-{reason}-{counter}.sqlite3"
        counter += 1
    source = sqlite3.connect(f"{db_path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        dest = sqlite3.connect(target)
        try:
            source.backup(dest)
        finally:
            dest.close()
    finally:
        source.close()
    return target
