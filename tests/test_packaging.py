"""The wheel's package list is written out (the resources folder is mapped into the
package), so a new subpackage must be added to it; this test says which."""

from __future__ import annotations

import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_every_subpackage_is_listed_for_the_wheel() -> None:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["tool"]["setuptools"]
    listed = set(config["packages"])
    found = {
        ".".join(init.parent.relative_to(ROOT).parts)
        for init in (ROOT / "digiwandel").rglob("__init__.py")
    }
    assert found | {"digiwandel.resources"} == listed
    assert config["package-dir"] == {"digiwandel.resources": "resources"}
    assert (ROOT / "resources" / "catalogs" / "default.json").is_file()
