"""What every screen shares in its look: the page heading and the colour of errors."""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QWidget

# A red dark enough for text on the light Fusion background; a sign goes with it.
ERROR_STYLE = "color: #b3261e;"


def page_heading(text: str = "", parent: QWidget | None = None) -> QLabel:
    """A page's title, 1.6 times the UI font and bold; follows the system's scaling."""
    label = QLabel(text, parent)
    font = QFont(label.font())
    font.setPointSizeF(font.pointSizeF() * 1.6)
    font.setBold(True)
    label.setFont(font)
    label.setAccessibleName(text)
    return label
