"""The files that build and install the bundle agree with the program: pinned versions
within the project's ranges, the names of the programs, folders and settings the Windows
installer and the Linux install script use. (The bundle itself is built and tried by
installer/smoke.sh, which CI runs.)"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest
from packaging.requirements import Requirement

from digiwandel import APP_NAME, paths

ROOT = Path(__file__).resolve().parent.parent
INSTALLER = ROOT / "installer"
ISS = (INSTALLER / "windows" / "digiwandel.iss").read_text(encoding="utf-8")


def pinned() -> dict[str, str]:
    pins = {}
    for line in (INSTALLER / "constraints.txt").read_text().splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            name, version = line.split("==")
            pins[name.lower().replace("_", "-")] = version
    return pins


def test_every_runtime_dependency_is_pinned_within_the_projects_range() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    pins = pinned()
    for text in project["dependencies"]:
        requirement = Requirement(text)
        name = requirement.name.lower().replace("_", "-")
        assert name in pins, f"{name} is not pinned"
        assert requirement.specifier.contains(pins[name]), f"{name}=={pins[name]} vs {text}"
    assert "pyinstaller" in pins


def test_the_installer_script_installs_the_programs_the_spec_builds() -> None:
    spec = (INSTALLER / "digiwandel.spec").read_text()
    assert 'program("DigiWandel", console=False)' in spec
    assert 'program("digiwandel-cli", console=True)' in spec
    assert 'Filename: "{app}\\DigiWandel.exe"' in ISS
    assert 'BundleDir + "digiwandel-cli.exe"' in ISS
    assert "LicenseFile={#RepoDir}LICENSE" in ISS and (ROOT / "LICENSE").is_file()
    compile(spec, "digiwandel.spec", "exec")


def test_the_uninstaller_offers_to_delete_exactly_the_programs_data_and_settings(
    monkeypatch,
) -> None:
    # Where the program keeps its data on Windows, and the uninstaller's folder and key
    monkeypatch.delenv("DIGIWANDEL_DATA_DIR")
    monkeypatch.setattr(sys, "platform", "win32")
    monkeypatch.setenv("APPDATA", "C:/Users/anna/AppData/Roaming")
    data = paths.data_dir()
    assert data == Path("C:/Users/anna/AppData/Roaming") / APP_NAME / APP_NAME
    assert f"DataDir := ExpandConstant('{{userappdata}}\\{APP_NAME}');" in ISS
    # QSettings of the organisation "DigiWandel" live in HKCU\Software\DigiWandel on Windows
    assert f"RegDeleteKeyIncludingSubkeys(HKCU, 'Software\\{APP_NAME}');" in ISS
    # asked after uninstalling, never in a silent run, "No" by default
    assert "usPostUninstall" in ISS and "UninstallSilent" in ISS and "MB_DEFBUTTON2" in ISS
    for language in ("en", "de"):
        assert re.search(rf"^{language}\.DeleteUserData=", ISS, re.MULTILINE)


def test_the_windows_icon_holds_the_sizes_windows_shows() -> None:
    from PIL import Image

    with Image.open(INSTALLER / "windows" / "digiwandel.ico") as icon:
        assert {(16, 16), (32, 32), (48, 48), (256, 256)} <= set(icon.info["sizes"])


def test_the_menu_entry_is_valid_once_installed(tmp_path) -> None:
    text = (INSTALLER / "linux" / "digiwandel.desktop").read_text(encoding="utf-8")
    assert "Exec=@EXEC@" in text and "Icon=digiwandel" in text
    assert f"StartupWMClass={APP_NAME}" in text  # Qt names the window after the program
    validate = shutil.which("desktop-file-validate")
    if validate is None:
        pytest.skip("desktop-file-validate (Debian: desktop-file-utils) is not installed")
    entry = tmp_path / "digiwandel.desktop"
    entry.write_text(text.replace("@EXEC@", '"/home/anna b/.local/opt/DigiWandel/DigiWandel"'))
    result = subprocess.run([validate, str(entry)], capture_output=True, text=True)
    assert result.returncode == 0 and result.stdout == "", result.stdout


@pytest.mark.parametrize(
    ("shell", "script"),
    [
        ("bash", "build.sh"),
        ("bash", "smoke.sh"),
        ("sh", "linux/install.sh"),
        ("sh", "linux/uninstall.sh"),
    ],
)
def test_the_scripts_parse(shell, script) -> None:
    result = subprocess.run([shell, "-n", str(INSTALLER / script)], capture_output=True)
    assert result.returncode == 0, result.stderr
