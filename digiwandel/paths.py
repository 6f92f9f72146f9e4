"""Where DigiWandel keeps its files, without depending on Qt.

Mirrors Qt's AppDataLocation so the CLI and the GUI agree on the default database.
DIGIWANDEL_DATA_DIR overrides it (used by tests and portable installs).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from digiwandel import APP_NAME

DEFAULT_DB_NAME = "digiwandel.sqlite3"


def data_dir() -> Path:
    override = os.environ.get("DIGIWANDEL_DATA_DIR")
    if override:
        return Path(override)
    if sys.platform == "win32":
        base = Path(os.environ.get("APPDATA") or Path.home() / "AppData" / "Roaming")
        return base / APP_NAME / APP_NAME
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Application Support" / APP_NAME
    base = Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")
    return base / APP_NAME / APP_NAME


def default_db_path() -> Path:
    return data_dir() / DEFAULT_DB_NAME


def resources_dir() -> Path:
    """Catalogs, templates, translations and icons: the `resources` folder at the top of the
    project in a checkout, installed as `digiwandel/resources` in a wheel or bundle."""
    package = Path(__file__).resolve().parent
    installed = package / "resources"
    return installed if installed.is_dir() else package.parent / "resources"
