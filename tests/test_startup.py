"""Start-up in a fresh interpreter: the window appears and no heavy library is loaded yet."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
HEAVY = ("matplotlib", "reportlab", "openpyxl")

SCRIPT = r"""
import json, sys
from pathlib import Path

from digiwandel.services.demo import create_demo_file

path = create_demo_file(Path(sys.argv[1]))

from digiwandel.ui.app import make_application, start

app = make_application()
window = start(path, "de")
for _ in range(10):
    app.processEvents()
print(json.dumps({
    "visible": window.isVisible(),
    "heavy": [name for name in sys.argv[2:] if name in sys.modules],
}))
window.close()
app.processEvents()
"""


def test_window_opens_without_loading_heavy_libraries(tmp_path: Path) -> None:
    env = dict(os.environ)
    env.update(
        QT_QPA_PLATFORM="offscreen",
        QT_ACCESSIBILITY="0",
        DIGIWANDEL_DATA_DIR=str(tmp_path / "data"),
        XDG_CONFIG_HOME=str(tmp_path / "config"),
        PYTHONPATH=os.pathsep.join([str(ROOT), env.get("PYTHONPATH", "")]).rstrip(os.pathsep),
    )
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(tmp_path / "demo.sqlite3"), *HEAVY],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    info = json.loads(result.stdout.strip().splitlines()[-1])
    assert info["visible"] is True
    assert info["heavy"] == []
