"""The layers hold: ui → services → model, Qt only in the UI, constants from one place."""

from __future__ import annotations

import ast
import re
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "digiwandel"
VOCABULARY = set(
    re.findall(r"^([A-Z_]+) = ", (PACKAGE / "domain" / "vocabulary.py").read_text("utf-8"), re.M)
)


def imports(path: Path) -> list[tuple[str, list[str]]]:
    """(module, imported names) of every import in a file, at any depth."""
    found = []
    for node in ast.walk(ast.parse(path.read_text("utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module:
            found.append((node.module, [a.name for a in node.names]))
        elif isinstance(node, ast.Import):
            found += [(a.name, []) for a in node.names]
    return found


def modules(*parts: str) -> list[Path]:
    return [p for part in parts for p in (PACKAGE / part).rglob("*.py")]


def test_no_qt_below_the_ui() -> None:
    below = modules("model", "services", "domain", "charts", "reports", "texts")
    offenders = [
        f"{p.relative_to(PACKAGE)}: {module}"
        for p in below
        for module, _names in imports(p)
        if module.split(".")[0] in ("PySide6", "shiboken6")
    ]
    assert offenders == []


def test_reports_charts_and_texts_take_plain_data() -> None:
    """Reports, charts and words import neither the database nor the services nor the UI:
    they are handed plain data, so the screen and the reports show the same figures."""
    plain = modules("reports", "charts", "texts")
    offenders = [
        f"{p.relative_to(PACKAGE)}: {module}"
        for p in plain
        for module, _names in imports(p)
        if module.split(".")[0] == "sqlalchemy"
        or module.startswith(("digiwandel.model", "digiwandel.services", "digiwandel.ui"))
    ]
    assert offenders == []


def test_no_sql_in_the_ui() -> None:
    offenders = [
        f"{p.relative_to(PACKAGE)}: {module}"
        for p in modules("ui")
        for module, _names in imports(p)
        if module.split(".")[0] == "sqlalchemy"
    ]
    assert offenders == []


def test_constants_come_from_the_vocabulary_not_the_model() -> None:
    above = [*modules("ui", "services", "domain", "charts"), PACKAGE / "cli.py"]
    offenders = [
        f"{p.relative_to(PACKAGE)}: {name} from {module}"
        for p in above
        for module, names in imports(p)
        if module.startswith("digiwandel.model")
        for name in names
        if name in VOCABULARY
    ]
    assert offenders == []


def test_the_vocabulary_is_defined_once() -> None:
    twice = [
        f"{p.relative_to(PACKAGE)}: {name}"
        for p in PACKAGE.rglob("*.py")
        if p.name != "vocabulary.py"
        for name in re.findall(r"^([A-Z_]+) = ", p.read_text("utf-8"), re.M)
        if name in VOCABULARY
    ]
    assert twice == []
