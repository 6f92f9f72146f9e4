"""A wheel built from the checkout installs and runs on its own (resources, migrations, script).

The wheel goes into a fresh virtual environment with --no-deps; the dependencies (PySide6,
SQLAlchemy, Alembic) are borrowed from the running environment through a .pth file, which
puts them *after* the new environment's own site-packages. Everything runs from an empty
folder, so the only `digiwandel` that can be imported is the installed one.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest

from digiwandel import __version__

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "digiwandel"

pytestmark = pytest.mark.slow

PROBE = r"""
import json, sys
from pathlib import Path

import digiwandel
from digiwandel.i18n import load_translators
from digiwandel.model.database import head_revision, inspect_file, open_database
from digiwandel.paths import resources_dir
from digiwandel.services.organisation import OrganisationService

path = Path(sys.argv[1])
db = open_database(path)
OrganisationService(db).set_up("Verein", ["Verwaltung"])
db.close()
package = Path(digiwandel.__file__).resolve().parent
print(json.dumps({
    "file": str(Path(digiwandel.__file__).resolve()),
    "sys_path_first_hit": [p for p in sys.path if (Path(p or ".") / "digiwandel").is_dir()][:1],
    "revision": inspect_file(path),
    "head": head_revision(),
    "qm": (resources_dir() / "translations" / "digiwandel_de.qm").stat().st_size,
    "german_translators": len(load_translators("de")),
    "versions": sorted(
        p.name for p in (package / "model" / "migrations" / "versions").glob("*.py")
    ),
    "mako": (package / "model" / "migrations" / "script.py.mako").is_file(),
}))
"""


def run(args: list[str], *, cwd: Path, env: dict[str, str] | None = None, timeout: int = 180):
    result = subprocess.run(
        args, cwd=cwd, env=env, capture_output=True, text=True, timeout=timeout, check=False
    )
    assert result.returncode == 0, f"{args}\n{result.stdout}\n{result.stderr}"
    return result


def copy_sources(target: Path) -> Path:
    """Build from a copy so setuptools' build/ and *.egg-info never land in the checkout."""
    target.mkdir()
    for name in ("pyproject.toml", "README.md", "LICENSE", "LICENSE.txt"):
        if (ROOT / name).exists():
            shutil.copy2(ROOT / name, target / name)
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc")
    shutil.copytree(PACKAGE, target / "digiwandel", ignore=ignore)
    shutil.copytree(ROOT / "resources", target / "resources", ignore=ignore)
    return target


def venv_paths(venv: Path) -> tuple[Path, Path]:
    scripts = venv / ("Scripts" if sys.platform == "win32" else "bin")
    python = scripts / ("python.exe" if sys.platform == "win32" else "python")
    return scripts, python


def test_wheel_installs_and_runs_without_the_checkout(tmp_path: Path) -> None:
    # GIVEN a wheel built from the checkout
    source = copy_sources(tmp_path / "src")
    dist = tmp_path / "dist"
    run([sys.executable, "-m", "build", "--wheel", "--outdir", str(dist), str(source)], cwd=source)
    wheels = list(dist.glob("digiwandel-*.whl"))
    assert len(wheels) == 1, wheels
    # AND the licence travels with it
    import zipfile

    with zipfile.ZipFile(wheels[0]) as wheel:
        names = wheel.namelist()
        metadata = wheel.read(next(n for n in names if n.endswith(".dist-info/METADATA")))
    assert any(n.endswith(".dist-info/licenses/LICENSE") for n in names), names
    assert b"License-Expression: GPL-3.0-or-later" in metadata

    # AND a fresh venv holding only that wheel, dependencies borrowed behind its own packages
    venv = tmp_path / "venv"
    run([sys.executable, "-m", "venv", "--without-pip", str(venv)], cwd=tmp_path)
    scripts, python = venv_paths(venv)
    pip = [sys.executable, "-m", "pip", "--python", str(python)]
    run([*pip, "install", "--no-deps", "--no-index", str(wheels[0])], cwd=tmp_path)
    own_site = Path(
        run(
            [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
            cwd=tmp_path,
        ).stdout.strip()
    )
    borrowed = {sysconfig.get_paths()["purelib"], sysconfig.get_paths()["platlib"]}
    (own_site / "zz_borrowed_dependencies.pth").write_text(
        "\n".join(sorted(borrowed)) + "\n", encoding="utf-8"
    )

    workdir = tmp_path / "elsewhere"
    workdir.mkdir()
    env = {k: v for k, v in os.environ.items() if k not in {"PYTHONPATH", "PYTHONHOME"}}
    env.update(QT_QPA_PLATFORM="offscreen", DIGIWANDEL_DATA_DIR=str(tmp_path / "data"))

    # WHEN the installed package creates a database
    probe = run([str(python), "-c", PROBE, str(tmp_path / "new.sqlite3")], cwd=workdir, env=env)
    info = json.loads(probe.stdout.strip().splitlines()[-1])

    # THEN it is the installed copy, and it found its migrations and translations
    assert Path(info["file"]).is_relative_to(own_site.resolve()), info["file"]
    assert info["sys_path_first_hit"] == [str(own_site)]
    assert info["revision"] == info["head"]
    assert info["qm"] > 1024
    assert info["german_translators"] >= 1
    shipped = sorted(p.name for p in (PACKAGE / "model" / "migrations" / "versions").glob("*.py"))
    assert info["versions"] == shipped
    assert any(name != "__init__.py" for name in info["versions"])
    assert info["mako"] is True

    # AND the console script works
    script = scripts / ("digiwandel.exe" if sys.platform == "win32" else "digiwandel")
    version = run([str(script), "--version"], cwd=workdir, env=env)
    assert version.stdout.strip() == f"DigiWandel {__version__}"
    demo = run([str(script), "demo", "--db", str(tmp_path / "demo.sqlite3")], cwd=workdir, env=env)
    assert "demo.sqlite3" in demo.stdout
