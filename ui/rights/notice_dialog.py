"""The privacy notice's versions, and publishing a new one (issue 6), from the Data-rights page.

The notice is what patients are told about their data; each consent recorded
is tied to the version in force (:func:`app.consent.record`) and the
transparency report names it.  It sits beside the requests register and the
reports because the same manager answers for all of them; publishing needs
``MANAGE_SETTINGS`` (checked in :func:`app.consent.publish_notice` too).
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app import consent
from app.access import Permission
from app.errors import FieldError, PermissionDenied, RelaisError, ValidationError
from ui.context import UiContext
from ui.style import ERROR_STYLE

# Columns of the list of versions.
VERSION, PUBLISHED, AGREE_AGAIN, SUMMARY = range(4)


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _short(day: date) -> str:
    return day.strftime("%d/%m/%Y")


class PublishNoticeDialog(QDialog):
    """The new version's label, the day it was put up, what changed, and whether
    patients must agree again.

    Attributes:
        version / published_on / summary / reconfirm: the fields.
        error: why it was not published, under the fields.
        published: the version once published (the dialog then closes with Accepted).
    """

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.published: str | None = None
        self.setWindowTitle(self.tr("Publish a new version of the privacy notice"))
        today = context.settings.today(context.clock)
        self.version = QLineEdit(self)
        self.version.setMaxLength(consent.VERSION_MAX_LENGTH)
        self.version.setAccessibleName(self.tr("Version"))
        self.version.setPlaceholderText(self.tr("e.g. %1").replace("%1", f"{today:%Y-%m}"))
        self.published_on = QDateEdit(_qdate(today), self)
        self.published_on.setCalendarPopup(True)
        self.published_on.setDisplayFormat("dd/MM/yyyy")
        # A notice put up before it is entered here may be dated back, never ahead.
        self.published_on.setMaximumDate(_qdate(today))
        self.published_on.setAccessibleName(self.tr("Publication date"))
        self.published_on.setMaximumWidth(self.fontMetrics().horizontalAdvance("M") * 12)
        self.summary = QPlainTextEdit(self)
        self.summary.setAccessibleName(self.tr("What changed"))
        self.summary.setPlaceholderText(
            self.tr("e.g. A new purpose: satisfaction surveys by e-mail.")
        )
        self.summary.setTabChangesFocus(True)
        self.summary.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.summary.setMinimumHeight(self.fontMetrics().lineSpacing() * 5)
        self.reconfirm = QCheckBox(
            self.tr("&Patients must agree again (a new purpose or a new recipient)"), self
        )
        self.reconfirm.setToolTip(
            self.tr(
                "Consents given under an earlier version are then listed as to be "
                "confirmed again; they stay in force until the patient answers."
            )
        )
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setVisible(False)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.publish_button = self.buttons.addButton(
            self.tr("P&ublish"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.accepted.connect(self.publish)
        self.buttons.rejected.connect(self.reject)
        self.version.textChanged.connect(self._update)
        self.summary.textChanged.connect(self._update)

        form = QFormLayout()
        for label_text, editor in (
            (self.tr("&Version:"), self.version),
            (self.tr("Published &on:"), self.published_on),
            (self.tr("&What changed:"), self.summary),
        ):
            label = QLabel(label_text, self)
            label.setBuddy(editor)
            form.addRow(label, editor)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.reconfirm)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.resize(520, self.sizeHint().height())
        self._update()

    def _update(self) -> None:
        ready = bool(self.version.text().strip() and self.summary.toPlainText().strip())
        self.publish_button.setEnabled(ready)

    def publish(self) -> bool:
        """Publish the version as filled in; on success the dialog closes."""
        self.error.setVisible(False)
        day = self.published_on.date().toPython()
        assert isinstance(day, date)
        try:
            with self.context.database.transaction() as session:
                notice = consent.publish_notice(
                    session,
                    self.context.clock,
                    self.context.actor,
                    self.version.text(),
                    self.summary.toPlainText(),
                    needs_reconfirmation=self.reconfirm.isChecked(),
                    published_on=day,
                )
                self.published = notice.version
        except ValidationError as exc:
            self._show_error("\n".join(self._field_message(e) for e in exc.errors))
            return False
        except PermissionDenied:
            self._show_error(self.tr("Only an administrator publishes the privacy notice."))
            return False
        except RelaisError as exc:
            self._show_error(str(exc))
            return False
        self.accept()
        return True

    def _field_message(self, error: FieldError) -> str:
        words = {
            "duplicate": self.tr("Version %1 exists already: give the new one another name."),
            "required": self.tr("Give the version a name and say what changed."),
            "too_long": self.tr("The version or the summary is too long."),
            "future": self.tr("A notice cannot be published later than today."),
        }
        text = words.get(error.code, error.message)
        return text.replace("%1", self.version.text().strip())

    def _show_error(self, text: str) -> None:
        self.error.setText(f"⚠ {text}")
        self.error.setVisible(True)


class NoticeDialog(QDialog):
    """The versions published so far, the one in force first, and "Publish a new version…".

    Attributes:
        table: version, publication date, whether patients must agree again, summary.
        in_force: one sentence naming the version in force now.
        publish_button: opens :class:`PublishNoticeDialog` (administrators only).
        message: the last publication's outcome.

    Signals:
        published(str): a new version was published; the text says which.
    """

    published = Signal(str)

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setWindowTitle(self.tr("Privacy notice"))
        explanation = QLabel(
            self.tr(
                "The privacy notice tells patients what the practice does with their data and "
                "how to exercise their rights. Each consent recorded keeps the version in force "
                "that day, and the transparency report names it. When the notice changes, put "
                "the new text up in the waiting room and on the website, then publish its "
                "version here."
            ),
            self,
        )
        explanation.setWordWrap(True)
        self.in_force = QLabel(self)
        self.in_force.setWordWrap(True)
        self.table = QTableWidget(0, 4, self)
        self.table.setAccessibleName(self.tr("Versions of the privacy notice"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Version"), self.tr("Published"), self.tr("Agree again"), self.tr("Summary")]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(True)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(SUMMARY, QHeaderView.ResizeMode.Stretch)
        # A long summary wraps: each row is as tall as its text at the column's real width.
        # (After the resize is done: during it the rows are measured at the old width.)
        header.sectionResized.connect(
            lambda *_: QTimer.singleShot(0, self.table.resizeRowsToContents)
        )
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setVisible(False)
        self.publish_button = QPushButton(self.tr("&Publish a new version…"), self)
        self.publish_button.clicked.connect(self.publish_new_version)
        if not context.actor.can(Permission.MANAGE_SETTINGS):
            self.publish_button.setEnabled(False)
            self.publish_button.setToolTip(
                self.tr("Only an administrator publishes the privacy notice.")
            )
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.publish_button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addWidget(self.in_force)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.resize(720, 420)
        self.refresh()

    def refresh(self) -> None:
        zone = self.context.settings.zone()
        with self.context.database.read_session() as session:
            rows = [
                (
                    n.version,
                    n.published_at.astimezone(zone).date(),
                    n.needs_reconfirmation,
                    n.summary,
                )
                for n in consent.notices(session)
            ]
        self.table.setRowCount(len(rows))
        for row, (version, day, again, summary) in enumerate(rows):
            cells = {
                VERSION: version,
                PUBLISHED: _short(day),
                AGREE_AGAIN: self.tr("yes") if again else self.tr("no"),
                SUMMARY: summary,
            }
            for column, text in cells.items():
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.table.setItem(row, column, item)
        self.table.resizeRowsToContents()
        if rows:
            version, day, _again, _summary = rows[0]
            self.in_force.setText(
                self.tr("In force now: version %1, published on %2.")
                .replace("%1", version)
                .replace("%2", _short(day))
            )
        else:
            self.in_force.setText(
                self.tr(
                    "No version published yet: the transparency report says so, and consents "
                    "are recorded without a notice version."
                )
            )

    def publish_new_version(self) -> str | None:
        """Ask for the new version (:class:`PublishNoticeDialog`); the version published, if any."""
        dialog = PublishNoticeDialog(self.context, self)
        try:
            dialog.exec()
            version = dialog.published
        finally:
            dialog.deleteLater()
        if version is not None:
            self.after_publishing(version)
        return version

    def after_publishing(self, version: str) -> None:
        self.refresh()
        text = self.tr("Version %1 published.").replace("%1", version)
        self.message.setText(f"✓ {text}")
        self.message.setVisible(True)
        self.published.emit(text)

    @classmethod
    def show_for(cls, context: UiContext, parent: QWidget | None = None) -> None:
        dialog = cls(context, parent)
        try:
            dialog.exec()
        finally:
            dialog.deleteLater()
