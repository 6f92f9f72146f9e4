"""Write the Windows icon (installer/windows/digiwandel.ico) from the program's PNG icon,
with the sizes Windows picks from for the Start menu, the task bar and Explorer.

Run it with a Python that has Pillow (the build environment has it through matplotlib)
after changing resources/icons/digiwandel.png; the .ico is kept in the repository so that
the Windows installer script finds it without a build step.
"""

from __future__ import annotations

from pathlib import Path

from PIL import Image

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "resources" / "icons" / "digiwandel.png"
TARGET = ROOT / "installer" / "windows" / "digiwandel.ico"
SIZES = [(16, 16), (20, 20), (24, 24), (32, 32), (40, 40), (48, 48), (64, 64), (128, 128)]


def main() -> None:
    with Image.open(SOURCE) as image:
        image.convert("RGBA").save(TARGET, format="ICO", sizes=[*SIZES, (256, 256)])
    print(f"Written: {TARGET}")


if __name__ == "__main__":
    main()
