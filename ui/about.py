"""Help > About Relais: the version, where the data lives, and the open-source parts.

The version and the component table come from ``app.version`` (the same
source as the window title, the installers and the PDF metadata).  The
licences are what the installed distributions' metadata states where it
states one, so the box says what is really shipped; the notices that the
licences ask to ship (Qt's LGPL notice, SQLCipher's BSD text, the DejaVu
licence) are files beside the program, and the box says where.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app import version
from app.resources import resources_dir
from ui.style import page_heading

COLUMNS = ("component", "version", "licence")


def translate(text: str) -> str:
    return QCoreApplication.translate("AboutDialog", text)


def licences_dir() -> Path:
    """The shipped notices: ``licences/`` in a bundle, ``installer/licences`` in a checkout."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle is not None:
        return Path(bundle) / "licences"
    return resources_dir().parent / "installer" / "licences"


class AboutDialog(QDialog):
    """What Relais is, which version, where its data is, and what it is made of.

    Attributes:
        components: the table of open-source parts, one row per ``app.version.COMPONENTS``.
        data_label: the database file and its folder.
    """

    def __init__(self, database_path: Path | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("About Relais"))
        layout = QVBoxLayout(self)
        layout.addWidget(page_heading(version.title(), self))
        summary = QLabel(
            translate(
                "Patient communication that patients trust, for small medical practices. "
                "Works offline; the practice's data stays in one encrypted file on this computer."
            ),
            self,
        )
        summary.setWordWrap(True)
        layout.addWidget(summary)

        self.data_label = QLabel(self)
        self.data_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.data_label.setWordWrap(True)
        if database_path is not None:
            self.data_label.setText(
                translate("Database: %1\nData folder: %2")
                .replace("%1", str(database_path))
                .replace("%2", str(Path(database_path).parent))
            )
        layout.addWidget(self.data_label)

        heading = QLabel(translate("Open-source components and their licences"), self)
        layout.addWidget(heading)
        self.components = QTableWidget(len(version.COMPONENTS), len(COLUMNS), self)
        self.components.setHorizontalHeaderLabels(
            [translate("Component"), translate("Version"), translate("Licence")]
        )
        self.components.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.components.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.components.verticalHeader().setVisible(False)
        self.components.setAccessibleName(translate("Open-source components and their licences"))
        engines = version.engine_versions()
        for row, component in enumerate(version.COMPONENTS):
            cells = (
                component.name,
                version.distribution_version(component.distribution)
                or engines.get(component.name, ""),
                version.licence_of(component),
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                tip = "\n".join(part for part in (component.url, component.note) if part)
                item.setToolTip(tip)
                self.components.setItem(row, column, item)
        header = self.components.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.components.itemActivated.connect(self._open_homepage)
        layout.addWidget(self.components, 1)

        notices = QLabel(
            translate(
                "Qt and PySide6 are used under the GNU LGPL version 3; you may replace the Qt "
                "libraries in the install folder with your own build. The licence notices are "
                "in: %1"
            ).replace("%1", str(licences_dir())),
            self,
        )
        notices.setWordWrap(True)
        notices.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(notices)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(self.fontMetrics().averageCharWidth() * 90, self.fontMetrics().height() * 34)

    def _open_homepage(self, item: QTableWidgetItem) -> None:
        url = version.COMPONENTS[item.row()].url
        QDesktopServices.openUrl(QUrl(url))

    @classmethod
    def show_for(cls, database_path: Path | None, parent: QWidget | None = None) -> None:
        """Show the box modally (tests build :class:`AboutDialog` directly instead)."""
        dialog = cls(database_path, parent)
        dialog.exec()
        dialog.deleteLater()
