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


def test_every_resource_file_is_installed() -> None:
    """A file in resources/ that no package-data pattern matches (the user guide and its
    screenshots, a new catalog) would be missing from the wheel and the installer."""
    from fnmatch import fnmatch

    config = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["tool"]["setuptools"]
    patterns = config["package-data"]["digiwandel.resources"]
    missing = []
    for path in (ROOT / "resources").rglob("*"):
        if not path.is_file() or "__pycache__" in path.parts:
            continue
        name = path.relative_to(ROOT / "resources").as_posix()
        # setuptools patterns do not cross folders: "*.json" is the top level only
        if not any(fnmatch(name, p) and name.count("/") == p.count("/") for p in patterns):
            missing.append(name)
    assert missing == []
    assert (ROOT / "resources" / "guide" / "de" / "handbuch.html").is_file()
