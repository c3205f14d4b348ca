"""The practice's details as a form with inline validation (first-run wizard, Settings)."""

from __future__ import annotations

import contextlib
import re
from dataclasses import replace

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.errors import FieldError
from app.settings import PracticeSettings

ERROR_STYLE = "color: #a4000f;"
FRENCH_POSTCODE = re.compile(r"^\d{5}$")
REGION = re.compile(r"^[A-Za-z]{2}$")


class FieldRow(QWidget):
    """A labelled input in a form with its error underneath (text, not only colour).

    The label is top-aligned and as tall as the input, so it stays level with the
    input when the error line opens below.
    """

    def __init__(self, form: QFormLayout, label: str, editor: QWidget) -> None:
        super().__init__()
        self.editor = editor
        self.error = QLabel()
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(editor)
        layout.addWidget(self.error)
        self.label = QLabel(label)
        self.label.setBuddy(editor)
        self.label.setFixedHeight(editor.sizeHint().height())
        self.label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        form.addRow(self.label, self)

    def set_error(self, message: str) -> None:
        self.error.setText(f"⚠ {message}" if message else "")
        self.error.setVisible(bool(message))
        self.editor.setAccessibleDescription(message)


class PracticeForm(QWidget):
    """Name, address, phone, e-mail and default region; optionally (``extended``, the
    Settings page) language, idle lock and the data protection officer.

    The officer is not asked at first run: most small practices name one later, if
    at all, and the record of processing says "to be completed" until then.

    Signals:
        changed(): any field was edited.
    """

    changed = Signal()

    TEXT_FIELDS = ("name", "street", "postcode", "city", "phone", "email", "default_region")
    DPO_FIELDS = ("dpo_name", "dpo_contact")

    def __init__(self, extended: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._touched: set[str] = set()
        self._server_errors: dict[str, str] = {}
        self.edits: dict[str, QLineEdit] = {}
        self.rows: dict[str, FieldRow] = {}
        labels = {
            "name": (self.tr("Practice &name:"), self.tr("Practice name")),
            "street": (self.tr("&Street:"), self.tr("Street")),
            "postcode": (self.tr("&Postcode:"), self.tr("Postcode")),
            "city": (self.tr("&City:"), self.tr("City")),
            "phone": (self.tr("P&hone:"), self.tr("Phone")),
            "email": (self.tr("&E-mail:"), self.tr("E-mail")),
            "default_region": (self.tr("Default &country for phones:"), self.tr("Country code")),
            "dpo_name": (
                self.tr("Data protection &officer:"),
                self.tr("Data protection officer's name"),
            ),
            "dpo_contact": (
                self.tr("Officer's con&tact:"),
                self.tr("How to reach the data protection officer"),
            ),
        }
        self.form = QFormLayout(self)
        self.form.setContentsMargins(0, 0, 0, 0)
        self.fields = self.TEXT_FIELDS + (self.DPO_FIELDS if extended else ())
        for field in self.TEXT_FIELDS:
            self._add_text_row(field, *labels[field])
        self.edits["name"].setPlaceholderText(self.tr("e.g. Cabinet médical du Parc"))
        self.edits["postcode"].setMaxLength(10)
        self.edits["default_region"].setMaxLength(2)
        self.edits["default_region"].setMaximumWidth(self.fontMetrics().horizontalAdvance("MMMM"))
        self.edits["postcode"].setMaximumWidth(self.fontMetrics().horizontalAdvance("M") * 10)
        self.edits["default_region"].setToolTip(
            self.tr("Phone numbers typed without +country are read as numbers of this country.")
        )
        self.edits["default_region"].setText("FR")

        self.language: QComboBox | None = None
        self.idle_minutes: QSpinBox | None = None
        if extended:
            self.language = QComboBox()
            self.language.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            self.language.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
            self.language.addItem("Français", "fr")
            self.language.addItem("English", "en")
            self.language.setAccessibleName(self.tr("Language"))
            self.language.currentIndexChanged.connect(lambda _index: self.changed.emit())
            self.form.addRow(self.tr("&Language:"), self.language)
            self.idle_minutes = QSpinBox()
            self.idle_minutes.setRange(1, 240)
            self.idle_minutes.setMaximumWidth(self.fontMetrics().horizontalAdvance("M") * 10)
            self.idle_minutes.setSuffix(self.tr(" min"))
            self.idle_minutes.setAccessibleName(self.tr("Lock after inactivity, in minutes"))
            self.idle_minutes.valueChanged.connect(lambda _value: self.changed.emit())
            self.form.addRow(self.tr("&Lock after inactivity:"), self.idle_minutes)
            for field in self.DPO_FIELDS:
                self._add_text_row(field, *labels[field])
            self.edits["dpo_name"].setPlaceholderText(self.tr("optional, e.g. Dr Anne Martin"))
            self.edits["dpo_contact"].setPlaceholderText(self.tr("e-mail, phone or postal address"))
            for field in self.DPO_FIELDS:
                self.edits[field].setToolTip(
                    self.tr(
                        "Printed in the record of processing (GDPR Article 30), so patients "
                        "and the CNIL know whom to ask about their data."
                    )
                )

    def _add_text_row(self, field: str, label: str, accessible: str) -> None:
        edit = QLineEdit()
        edit.setAccessibleName(accessible)
        edit.textEdited.connect(lambda _text, field=field: self._edited(field))
        edit.editingFinished.connect(lambda field=field: self._left(field))
        self.edits[field] = edit
        self.rows[field] = FieldRow(self.form, label, edit)

    # -- values --------------------------------------------------------------

    def text(self, field: str) -> str:
        return self.edits[field].text().strip()

    def set_settings(self, settings: PracticeSettings) -> None:
        for field in self.fields:
            self.edits[field].setText(str(getattr(settings, field)))
        if self.language is not None:
            self.language.setCurrentIndex(max(0, self.language.findData(settings.language)))
        if self.idle_minutes is not None:
            self.idle_minutes.setValue(settings.idle_lock_minutes)
        self._touched.clear()
        self._server_errors.clear()
        self.refresh()

    def settings(self, base: PracticeSettings | None = None) -> PracticeSettings:
        """The form's values on top of ``base``, phone and e-mail normalised."""
        from app import normalize

        region = self.text("default_region").upper()
        phone = self.text("phone")
        if phone:
            # An invalid value is reported by errors() and kept as typed.
            with contextlib.suppress(normalize.Invalid, ValueError):
                phone = normalize.phone_display(
                    normalize.phone(phone, region, normalize.ContactKind.LANDLINE)
                )
        email = self.text("email")
        if email:
            with contextlib.suppress(normalize.Invalid):
                email = normalize.email(email)
        values: dict[str, object] = {
            "name": self.text("name"),
            "street": self.text("street"),
            "postcode": self.text("postcode"),
            "city": self.text("city"),
            "phone": phone,
            "email": email,
            "default_region": region,
        }
        for field in self.fields:
            values.setdefault(field, self.text(field))
        if self.language is not None:
            values["language"] = self.language.currentData()
        if self.idle_minutes is not None:
            values["idle_lock_minutes"] = self.idle_minutes.value()
        return replace(base or PracticeSettings(), **values)  # type: ignore[arg-type]

    # -- validation ----------------------------------------------------------

    def errors(self) -> dict[str, str]:
        """Every problem, by field, in the user's language."""
        from app import normalize

        errors: dict[str, str] = {}
        region = self.text("default_region").upper()
        if not self.text("name"):
            errors["name"] = self.tr("The practice needs a name.")
        if not REGION.match(region):
            errors["default_region"] = self.tr("Use a two-letter country code, e.g. FR.")
            region = "FR"
        postcode = self.text("postcode")
        if postcode and region == "FR" and not FRENCH_POSTCODE.match(postcode):
            errors["postcode"] = self.tr("A French postcode has 5 digits, e.g. 69003.")
        phone = self.text("phone")
        if phone:
            try:
                normalize.phone(phone, region, normalize.ContactKind.LANDLINE)
            except normalize.Invalid:
                errors["phone"] = self.tr("This is not a valid phone number.")
        email = self.text("email")
        if email:
            try:
                normalize.email(email)
            except normalize.Invalid:
                errors["email"] = self.tr("This is not a valid e-mail address.")
        if "dpo_name" in self.edits and self.text("dpo_name") and not self.text("dpo_contact"):
            errors["dpo_contact"] = self.tr(
                "Say how patients reach the officer: an e-mail, a phone or an address."
            )
        for field, message in self._server_errors.items():
            errors.setdefault(field, message)
        return errors

    def is_valid(self) -> bool:
        return not self.errors()

    def refresh(self) -> None:
        """Show the errors of the fields the user has already edited."""
        errors = self.errors()
        for field, row in self.rows.items():
            row.set_error(errors.get(field, "") if field in self._touched else "")

    def show_field_errors(self, problems: list[FieldError]) -> None:
        """Errors the service found (English, from app/) placed on their fields."""
        for problem in problems:
            if problem.field in self.rows:
                self._server_errors[problem.field] = problem.message
                self._touched.add(problem.field)
        self.refresh()

    def touch_all(self) -> None:
        self._touched.update(self.rows)
        self.refresh()

    def set_read_only(self, read_only: bool) -> None:
        for edit in self.edits.values():
            edit.setReadOnly(read_only)
        for widget in (self.language, self.idle_minutes):
            if widget is not None:
                widget.setEnabled(not read_only)

    def _edited(self, field: str) -> None:
        """While typing, errors already shown update (and vanish once fixed)."""
        self._server_errors.pop(field, None)
        self.refresh()
        self.changed.emit()

    def _left(self, field: str) -> None:
        """A field's error first shows when the user leaves it, not at the first key."""
        self._touched.add(field)
        self.refresh()
