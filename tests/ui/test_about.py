"""Help > About Relais: version, data folder, and the open-source parts with their licences."""

from __future__ import annotations

from PySide6.QtWidgets import QMenuBar

from app import version
from app.settings import load_practice
from ui.about import AboutDialog, licences_dir
from ui.context import UiContext
from ui.main_window import MainWindow


def test_about_shows_version_data_folder_and_every_component(qtbot, tmp_path) -> None:
    db_path = tmp_path / "Relais" / "practice.relais"
    dialog = AboutDialog(db_path)
    qtbot.addWidget(dialog)
    labels = "\n".join(label.text() for label in dialog.findChildren(type(dialog.data_label)))
    assert version.title() in labels
    assert str(db_path) in dialog.data_label.text()
    assert str(db_path.parent) in dialog.data_label.text()
    table = dialog.components
    assert table.rowCount() == len(version.COMPONENTS)
    rows = {
        table.item(row, 0).text(): (table.item(row, 1).text(), table.item(row, 2).text())
        for row in range(table.rowCount())
    }
    assert "LGPL-3.0" in rows["Qt 6"][1]
    assert rows["PySide6 (Qt for Python)"][0].startswith("6.11")
    assert rows["SQLCipher"][1].startswith("BSD")
    assert rows["SQLCipher"][0].startswith("4.")  # from the engine itself, not metadata
    assert rows["SQLite"][0].startswith("3.")
    assert rows["ReportLab"][1] == "BSD-3-Clause"
    assert "DejaVu" in rows["DejaVu fonts"][1]
    assert rows["SQLAlchemy"] == (version.distribution_version("SQLAlchemy"), "MIT")
    assert str(licences_dir()) in labels
    assert (licences_dir() / "Qt-LGPL-notice.txt").is_file()
    assert not dialog.grab().isNull()


def test_help_menu_opens_about_and_title_shows_the_version(
    qtbot, monkeypatch, database, admin, clock
) -> None:
    with database.read_session() as session:
        context = UiContext(database, admin, clock, load_practice(session))
    window = MainWindow(context)
    qtbot.addWidget(window)
    assert window.windowTitle() == f"Relais {version.version()} — Cabinet du Parc"
    menu_bar = window.findChild(QMenuBar)
    titles = [action.text() for action in menu_bar.actions()]
    assert titles[-1] == "&Help"
    assert window.about_action.text() == "&About Relais"
    shown: list[AboutDialog] = []

    def capture(cls, database_path, parent=None) -> None:
        dialog = cls(database_path, parent)
        shown.append(dialog)
        qtbot.addWidget(dialog)

    monkeypatch.setattr(AboutDialog, "show_for", classmethod(capture))
    window.about_action.trigger()
    assert len(shown) == 1
    assert str(database.path) in shown[0].data_label.text()
    window.close()
