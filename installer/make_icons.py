"""Make the app icons from resources/icons/relais.svg (run once after changing the SVG).

    .venv/bin/python installer/make_icons.py

Qt draws the SVG (PySide6 is already installed) at each size; Pillow writes the
Windows ``.ico`` (16 to 256 px) and the macOS ``.icns`` (16 to 1024 px, Pillow
writes ICNS on every platform).  The results are committed, so a release build
needs neither step; on a Mac, ``iconutil -c icns`` on an ``.iconset`` folder of
the same PNGs gives an equivalent ``.icns`` if Pillow's is ever refused.
"""

from __future__ import annotations

import io
import os
import sys
from pathlib import Path

ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"
SVG = ICONS / "relais.svg"


def render(size: int) -> bytes:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(SVG))
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data.data())


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PIL import Image
    from PySide6.QtGui import QGuiApplication

    _app = QGuiApplication(sys.argv[:1])
    largest = Image.open(io.BytesIO(render(1024))).convert("RGBA")
    (ICONS / "relais-512.png").write_bytes(render(512))
    (ICONS / "relais.png").write_bytes(render(256))
    largest.save(
        ICONS / "relais.ico",
        sizes=[(16, 16), (24, 24), (32, 32), (48, 48), (64, 64), (128, 128), (256, 256)],
    )
    largest.save(ICONS / "relais.icns")
    for name in ("relais.png", "relais-512.png", "relais.ico", "relais.icns"):
        print(f"{name}: {(ICONS / name).stat().st_size:,} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
