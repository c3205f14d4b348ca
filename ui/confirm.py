"""One way to ask before doing something that cannot be undone.

The safe answer is the default and what Esc chooses (DESIGN §11: everything by
keyboard; a stray Enter must not cancel an appointment).
"""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget


def confirm(
    parent: QWidget,
    title: str,
    text: str,
    do_it: str,
    keep: str,
    *,
    details: str = "",
    icon: QMessageBox.Icon = QMessageBox.Icon.Question,
) -> bool:
    """Ask with two buttons named by what they do; True only for ``do_it``."""
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.NoButton, parent)
    if details:
        box.setInformativeText(details)
    yes = box.addButton(do_it, QMessageBox.ButtonRole.YesRole)
    no = box.addButton(keep, QMessageBox.ButtonRole.NoRole)
    box.setDefaultButton(no)
    box.setEscapeButton(no)
    try:
        box.exec()
        return box.clickedButton() is yes
    finally:
        box.deleteLater()
