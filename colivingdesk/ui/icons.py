"""Icons drawn for this app (SVG in ``resources/icons``), tinted to the current palette.

The line icons use ``currentColor``, which Qt's SVG renderer does not resolve, so the colour is substituted
before rendering: one file serves the light and the dark theme. ``resources`` sits next to the package in a
checkout and at the bundle root in the PyInstaller build; when neither exists (e.g. a bare wheel) icons are
simply empty, which Qt renders as no icon rather than failing.
"""

from __future__ import annotations

import sys
from functools import lru_cache
from pathlib import Path

from PySide6.QtCore import QByteArray, QRectF, Qt
from PySide6.QtGui import QIcon, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer

from colivingdesk.ui import theme

APP_ICON = "io.github.colivingdesk.ColivingDesk"


def resources_dir() -> Path | None:
    candidates = []
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        candidates.append(Path(bundle) / "resources")
    candidates.append(Path(__file__).resolve().parents[2] / "resources")
    return next((c for c in candidates if c.is_dir()), None)


def icon_path(name: str) -> Path | None:
    root = resources_dir()
    path = root / "icons" / f"{name}.svg" if root else None
    return path if path is not None and path.is_file() else None


@lru_cache(maxsize=64)
def _tinted(name: str, color: str) -> QIcon:
    path = icon_path(name)
    icon = QIcon()
    if path is None:
        return icon
    data = path.read_text(encoding="utf-8").replace("currentColor", color)
    renderer = QSvgRenderer(QByteArray(data.encode("utf-8")))
    for size in (16, 24, 32, 48):
        pixmap = QPixmap(size, size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        renderer.render(painter, QRectF(0, 0, size, size))
        painter.end()
        icon.addPixmap(pixmap)
    return icon


def icon(name: str) -> QIcon:
    """A line icon in the palette's text colour (light or dark)."""
    color = "#e8eaed" if theme.is_dark() else "#3c4043"
    return _tinted(name, color)


def app_icon() -> QIcon:
    path = icon_path(APP_ICON)
    return QIcon(str(path)) if path is not None else QIcon()
