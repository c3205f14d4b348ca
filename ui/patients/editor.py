"""The patient editor: identity, contact points, household and needs, checked as you type.

Inline validation runs :func:`app.patients.validate` on the whole form at each
keystroke (well under a millisecond) and shows each field's problems right
under it.  Running the service's own validation, rather than a copy of its
rules, keeps the editor and the save in step, cross-field rules included (a
street needs a postcode and a city).  Only fields the person has touched show
their errors, until they try to save; Save stays disabled while anything is
invalid.
"""

from __future__ import annotations

from dataclasses import fields, replace
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from app.access import Permission
from app.errors import ConcurrentChange, FieldError, RelaisError, ValidationError
from app.patients import (
    PatientData,
    PatientForm,
    create_patient,
    find_duplicates,
    form_from_patient,
    open_patient,
    update_patient,
    validate,
)
from ui.context import UiContext
from ui.patients import messages
from ui.patients.conflict import conflict_text
from ui.patients.consent_grid import CommunicationProfileDialog
from ui.patients.preferences_editor import preference_saves
from ui.style import ERROR_STYLE

# Colour is never the only signal: the error text starts with a warning sign
# and the field carries a warning icon as well as a red border.
INVALID_FIELD_STYLE = "QLineEdit { border: 2px solid #b3261e; border-radius: 3px; padding: 2px; }"
WARNING_SIGN = "\u26a0"

TEXT_FIELDS = (
    "last_name",
    "first_name",
    "birth_name",
    "birth_date",
    "mobile",
    "landline",
    "email",
    "street",
    "street_extra",
    "postcode",
    "city",
    "household",
)
CHECK_FIELDS = ("landline_shared", "large_print", "easy_read", "needs_call", "no_digital_access")
CHOICE_FIELDS = ("sex", "language", "status")


# Amber, not the red of a field error: nothing in the form is wrong.
CONFLICT_STYLE = (
    "QLabel { background: #fff4ce; color: #3d2c00; border: 1px solid #b88a00;"
    " border-radius: 3px; padding: 6px; }"
)


def practice_today(context: UiContext) -> date:
    """Today in the practice's time zone (a birth date typed at 00:30 is not "tomorrow")."""
    return context.settings.today(context.clock)


class FieldRow(QWidget):
    """A line edit with its error text right under it."""

    def __init__(self, edit: QLineEdit, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = edit
        self.error = QLabel(self)
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.setVisible(False)
        self.error.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(edit)
        layout.addWidget(self.error)
        icon = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        self._icon_action = edit.addAction(icon, QLineEdit.ActionPosition.TrailingPosition)
        self._icon_action.setVisible(False)

    def set_error(self, text: str) -> None:
        invalid = bool(text)
        self.error.setText(f"{WARNING_SIGN} {text}" if invalid else "")
        self.error.setVisible(invalid)
        self._icon_action.setVisible(invalid)
        self._icon_action.setToolTip(text)
        self.edit.setStyleSheet(INVALID_FIELD_STYLE if invalid else "")
        self.edit.setAccessibleDescription(text)
        self.edit.setProperty("invalid", invalid)

    @property
    def error_text(self) -> str:
        return self.edit.accessibleDescription()


class PatientEditor(QDialog):
    """Create or edit one patient.

    Attributes:
        patient_id: the patient being edited (None for a new one until saved).
        version: the record's version when the form was read; a save names it,
            so a change another desk saved meanwhile is not written over.
        saved_id: the id saved by the last successful :meth:`save`, else None.
        rows: the text fields by PatientForm field name (each with its error label).
        checks / choices: the check boxes and combo boxes by field name.

    Signals:
        saved(int): after the patient was written (the id).
    """

    saved = Signal(int)

    def __init__(
        self, context: UiContext, patient_id: int | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.patient_id = patient_id
        self.saved_id: int | None = None
        self._today = practice_today(context)
        self._region = context.settings.default_region or "FR"
        self._touched: set[str] = set()
        self._show_all = False
        self._errors: list[FieldError] = []
        self._can_edit = context.actor.can(Permission.EDIT_PATIENTS)
        self.rows: dict[str, FieldRow] = {}
        self.checks: dict[str, QCheckBox] = {}
        self.choices: dict[str, QComboBox] = {}
        self.version: int | None = None

        self._initial = PatientForm() if patient_id is None else self._open(patient_id)
        self._build()
        self.set_form(self._initial)
        # What the widgets make of it ("" sex reads as "U"): unchanged means not dirty.
        self._initial = self.form()
        self.setWindowTitle(
            self.tr("New patient")
            if patient_id is None
            else self.tr("Patient: %1").replace(
                "%1", f"{self._initial.last_name.upper()} {self._initial.first_name}"
            )
        )
        self._revalidate()

    # -- opening -------------------------------------------------------------------

    def _open(self, patient_id: int) -> PatientForm:
        """Read the record through the audited service: the read is logged (DESIGN §6)."""
        with self.context.database.transaction() as session:
            patient = open_patient(session, self.context.clock, self.context.actor, patient_id)
            self.version = patient.version
            return form_from_patient(patient)

    def reload(self) -> None:
        """Show the record as it is now in the database; the form is then clean."""
        assert self.patient_id is not None
        form = self._open(self.patient_id)
        self._initial = form
        self.set_form(form)
        self._initial = self.form()
        self._touched.clear()
        self._show_all = False
        self._revalidate()

    @classmethod
    def ask(
        cls, context: UiContext, patient_id: int | None, parent: QWidget | None = None
    ) -> int | None:
        """Show the editor; return the saved patient's id, or None if nothing was saved."""
        try:
            dialog = cls(context, patient_id, parent)
        except RelaisError as exc:
            QMessageBox.warning(parent, cls.tr_static("Patient"), str(exc))
            return None
        try:
            dialog.exec()
            return dialog.saved_id
        finally:
            dialog.deleteLater()

    @staticmethod
    def tr_static(text: str) -> str:
        return QCoreApplication.translate("PatientEditor", text)

    # -- layout --------------------------------------------------------------------------

    def _line(self, name: str, label: str, placeholder: str = "") -> FieldRow:
        edit = QLineEdit(self)
        edit.setObjectName(name)
        edit.setAccessibleName(label)
        edit.setPlaceholderText(placeholder)
        edit.setReadOnly(not self._can_edit)
        row = FieldRow(edit, self)
        self.rows[name] = row
        edit.textEdited.connect(lambda _text, field=name: self._edited(field))
        return row

    def _check(self, name: str, label: str) -> QCheckBox:
        box = QCheckBox(label, self)
        box.setObjectName(name)
        box.setAccessibleName(label)
        box.setEnabled(self._can_edit)
        box.toggled.connect(lambda _on, field=name: self._edited(field))
        self.checks[name] = box
        return box

    def _choice(self, name: str, label: str, items: list[tuple[str, str]]) -> QComboBox:
        combo = QComboBox(self)
        combo.setObjectName(name)
        combo.setAccessibleName(label)
        for text, value in items:
            combo.addItem(text, value)
        combo.setEnabled(self._can_edit)
        combo.currentIndexChanged.connect(lambda _i, field=name: self._edited(field))
        self.choices[name] = combo
        return combo

    def _build(self) -> None:
        identity = self._build_identity()
        contact = self._build_contact()
        household = self._build_needs()
        self._build_buttons()

        columns = QHBoxLayout()
        left = QVBoxLayout()
        left.addWidget(identity)
        left.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(contact)
        right.addWidget(household)
        right.addStretch(1)
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(columns)
        layout.addWidget(self.conflict)
        layout.addWidget(self.summary)
        layout.addWidget(self.buttons)
        self.resize(900, 500)
        self.rows["last_name"].edit.setFocus()

    def _build_identity(self) -> QGroupBox:
        identity = QGroupBox(self.tr("Identity"), self)
        form = QFormLayout(identity)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("&Last name"), self._line("last_name", self.tr("Last name")))
        form.addRow(self.tr("&First name"), self._line("first_name", self.tr("First name")))
        form.addRow(
            self.tr("Birth &name"),
            self._line("birth_name", self.tr("Birth name"), self.tr("If different")),
        )
        form.addRow(
            self.tr("&Birth date"),
            self._line("birth_date", self.tr("Birth date"), self.tr("dd/mm/yyyy")),
        )
        form.addRow(
            self.tr("Se&x"),
            self._choice(
                "sex",
                self.tr("Sex"),
                [
                    (self.tr("Not stated"), "U"),
                    (self.tr("Female"), "F"),
                    (self.tr("Male"), "M"),
                    (self.tr("Other"), "X"),
                ],
            ),
        )
        form.addRow(
            self.tr("Lan&guage"),
            self._choice(
                "language",
                self.tr("Language"),
                [(self.tr("French"), "fr"), (self.tr("English"), "en")],
            ),
        )
        form.addRow(
            self.tr("S&tatus"),
            self._choice(
                "status",
                self.tr("Status"),
                [
                    (self.tr("Active"), "active"),
                    (self.tr("Moved away"), "moved"),
                    (self.tr("Deceased"), "deceased"),
                    (self.tr("Archived"), "archived"),
                ],
            ),
        )
        self._external_id = QLabel(self)
        self._external_id.setAccessibleName(self.tr("Practice software id"))
        form.addRow(self.tr("Practice software id"), self._external_id)
        self._external_label = form.labelForField(self._external_id)
        return identity

    def _build_contact(self) -> QGroupBox:

        contact = QGroupBox(self.tr("Contact"), self)
        cform = QFormLayout(contact)
        cform.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        cform.addRow(
            self.tr("&Mobile"), self._line("mobile", self.tr("Mobile"), self.tr("06 12 34 56 78"))
        )
        landline = QWidget(self)
        lrow = QHBoxLayout(landline)
        lrow.setContentsMargins(0, 0, 0, 0)
        lrow.addWidget(self._line("landline", self.tr("Landline"), self.tr("04 78 12 34 56")), 1)
        lrow.addWidget(
            self._check("landline_shared", self.tr("Shared with household")),
            0,
            Qt.AlignmentFlag.AlignTop,
        )
        cform.addRow(self.tr("Land&line"), landline)
        cform.addRow(
            self.tr("&E-mail"), self._line("email", self.tr("E-mail"), self.tr("name@example.fr"))
        )
        cform.addRow(self.tr("St&reet"), self._line("street", self.tr("Street")))
        cform.addRow(
            self.tr("Com&plement"),
            self._line(
                "street_extra", self.tr("Address complement"), self.tr("Building, floor, PO box")
            ),
        )
        town = QWidget(self)
        trow = QHBoxLayout(town)
        trow.setContentsMargins(0, 0, 0, 0)
        postcode = self._line("postcode", self.tr("Postcode"), self.tr("69003"))
        postcode.edit.setMaximumWidth(110)
        postcode.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Preferred)
        trow.addWidget(postcode, 0, Qt.AlignmentFlag.AlignTop)
        trow.addWidget(self._line("city", self.tr("City"), self.tr("City")), 1)
        cform.addRow(self.tr("Post&code, city"), town)
        return contact

    def _build_needs(self) -> QGroupBox:

        household = QGroupBox(self.tr("Household and needs"), self)
        hform = QVBoxLayout(household)
        hline = QFormLayout()
        hline.addRow(
            self.tr("Hou&sehold"),
            self._line(
                "household", self.tr("Household"), self.tr("Same text for people living together")
            ),
        )
        hform.addLayout(hline)
        hform.addWidget(self._check("large_print", self.tr("Large print")))
        hform.addWidget(self._check("easy_read", self.tr("Easy-read letters")))
        hform.addWidget(
            self._check("needs_call", self.tr("Needs a phone call instead of a letter"))
        )
        hform.addWidget(
            self._check("no_digital_access", self.tr("No digital access (paper and phone only)"))
        )

        return household

    def _build_buttons(self) -> None:
        # Stays up after the message box, while the person checks the reloaded record.
        self.conflict = QLabel(self)
        self.conflict.setObjectName("conflict")
        self.conflict.setStyleSheet(CONFLICT_STYLE)
        self.conflict.setWordWrap(True)
        self.conflict.setVisible(False)

        self.summary = QLabel(self)
        self.summary.setStyleSheet(ERROR_STYLE)
        self.summary.setWordWrap(True)
        self.summary.setVisible(False)

        self.buttons = QDialogButtonBox(self)
        self.save_button = QPushButton(self.tr("&Save"), self)
        self.save_button.setAccessibleName(self.tr("Save the patient"))
        self.save_button.setDefault(True)
        self.buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        if self.patient_id is not None:
            self.profile_button = QPushButton(self.tr("C&ommunication profile\u2026"), self)
            self.buttons.addButton(self.profile_button, QDialogButtonBox.ButtonRole.ActionRole)
            self.profile_button.clicked.connect(self.open_profile)
        self.save_button.setVisible(self._can_edit)
        self.save_button.clicked.connect(self.save)
        self.buttons.rejected.connect(self.reject)

    def open_profile(self) -> None:
        if self.patient_id is None:
            return
        saves = preference_saves()
        saves.version_saved.connect(self._own_preferences_saved)
        try:
            CommunicationProfileDialog.ask(self.context, self.patient_id, self)
        finally:
            saves.version_saved.disconnect(self._own_preferences_saved)

    def _own_preferences_saved(self, patient_id: int, read_version: int, saved: int) -> None:
        """Preferences saved from this editor move the record's version: follow our own move.

        Only when they were read at this form's version: a move by another desk
        in between must still stop this form's save.
        """
        if patient_id == self.patient_id and read_version == self.version:
            self.version = saved

    # -- form <-> widgets ------------------------------------------------------------------

    def set_form(self, form: PatientForm) -> None:
        for name, row in self.rows.items():
            row.edit.setText(getattr(form, name))
        for name, box in self.checks.items():
            box.blockSignals(True)
            box.setChecked(getattr(form, name))
            box.blockSignals(False)
        for name, combo in self.choices.items():
            value = getattr(form, name)
            index = combo.findData(value.strip() or combo.itemData(0))
            if index < 0 and name == "sex":
                index = combo.findData(value.strip()[:1].upper())
            combo.blockSignals(True)
            combo.setCurrentIndex(max(index, 0))
            combo.blockSignals(False)
        self._external_id.setText(form.external_id)
        self._external_id.setVisible(bool(form.external_id))
        if self._external_label is not None:
            self._external_label.setVisible(bool(form.external_id))

    def form(self) -> PatientForm:
        """What the widgets say now, as the service's input."""
        values: dict[str, Any] = {}
        for name, row in self.rows.items():
            values[name] = row.edit.text()
        for name, box in self.checks.items():
            values[name] = box.isChecked()
        for name, combo in self.choices.items():
            values[name] = combo.currentData()
        known = {f.name for f in fields(PatientForm)}
        # The practice software's id and the country are kept as they were read.
        return replace(self._initial, **{k: v for k, v in values.items() if k in known})

    @property
    def dirty(self) -> bool:
        return self.form() != self._initial

    # -- validation ------------------------------------------------------------------------

    def _edited(self, field: str) -> None:
        self._touched.add(field)
        self._revalidate()

    def _revalidate(self) -> PatientData | None:
        try:
            data = validate(self.form(), self._region, self._today)
        except ValidationError as exc:
            self._errors = list(exc.errors)
            data = None
        else:
            self._errors = []
        by_field: dict[str, list[str]] = {}
        for error in self._errors:
            by_field.setdefault(error.field, []).append(
                messages.problem(error.code, error.message, error.field, self._region)
            )
        for name, row in self.rows.items():
            shown = self._show_all or name in self._touched
            row.set_error(" ".join(by_field.get(name, [])) if shown else "")
        hidden = [e for e in self._errors if e.field not in self.rows]
        if hidden and (self._show_all or self._touched):
            self.summary.setText(
                "\n".join(
                    f"{WARNING_SIGN} {messages.field_label(e.field)}: "
                    f"{messages.problem(e.code, e.message, e.field, self._region)}"
                    for e in hidden
                )
            )
            self.summary.setVisible(True)
        else:
            self.summary.setVisible(False)
        self.save_button.setEnabled(self._can_edit and not self._errors)
        return data

    def field_error(self, field: str) -> str:
        """The error shown under ``field`` ("" when none is shown)."""
        return self.rows[field].error_text

    # -- saving -------------------------------------------------------------------------------

    def save(self) -> bool:
        """Validate again, warn about duplicates, write in one transaction; True if saved."""
        self._show_all = True
        data = self._revalidate()
        if data is None:
            self._focus_first_error()
            return False
        try:
            with self.context.database.read_session() as session:
                duplicates = [
                    (p.id, p.last_name, p.first_name, p.birth_date)
                    for p in find_duplicates(session, data, exclude_id=self.patient_id)
                ]
            if duplicates and not self.confirm_duplicates(duplicates):
                return False
            with self.context.database.transaction() as session:
                if self.patient_id is None:
                    patient = create_patient(session, self.context.clock, self.context.actor, data)
                    saved_id = patient.id
                else:
                    update_patient(
                        session,
                        self.context.clock,
                        self.context.actor,
                        self.patient_id,
                        data,
                        expected_version=self.version,
                    )
                    saved_id = self.patient_id
        except ValidationError as exc:
            self._errors = list(exc.errors)
            self.show_error(str(exc))
            return False
        except ConcurrentChange as exc:
            self._reload_after(exc)
            return False
        except RelaisError as exc:
            self.show_error(str(exc))
            return False
        self.patient_id = saved_id
        self.saved_id = saved_id
        self.conflict.setVisible(False)
        self._initial = self.form()
        self.saved.emit(saved_id)
        self.accept()
        return True

    def _reload_after(self, change: ConcurrentChange) -> None:
        """Someone else saved first: say so, and show their version to start again from."""
        text = self.conflict_text(change)
        try:
            self.reload()
        except RelaisError as exc:  # deleted or no longer readable meanwhile
            self.show_error(f"{text}\n\n{exc}")
            return
        self.conflict.setText(f"{WARNING_SIGN} {text}")
        self.conflict.setAccessibleDescription(text)
        self.conflict.setVisible(True)
        self.show_error(text)

    def conflict_text(self, change: ConcurrentChange) -> str:
        return conflict_text(
            change,
            self.context,
            self.tr("The record has been reloaded: check it and make your change again."),
        )

    def duplicate_question(self, duplicates: list[tuple[int, str, str, date]]) -> str:
        lines = [
            self.tr("Possible duplicate: %1 %2, born %3 (#%4)")
            .replace("%1", last.upper())
            .replace("%2", first)
            .replace("%3", born.strftime("%d/%m/%Y"))
            .replace("%4", str(pid))
            for pid, last, first, born in duplicates[:5]
        ]
        return "\n".join([*lines, "", self.tr("Save anyway?")])

    def confirm_duplicates(self, duplicates: list[tuple[int, str, str, date]]) -> bool:
        """Ask before saving a probable duplicate; tests replace this method."""
        answer = QMessageBox.question(
            self,
            self.tr("Possible duplicate"),
            self.duplicate_question(duplicates),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Save

    def confirm_discard(self) -> bool:
        """Ask before throwing away unsaved changes; tests replace this method."""
        answer = QMessageBox.question(
            self,
            self.tr("Unsaved changes"),
            self.tr("Discard your changes to this patient?"),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Discard

    def show_error(self, text: str) -> None:
        """Say why the save failed; tests replace this method."""
        QMessageBox.warning(self, self.tr("The patient was not saved"), text)

    def _focus_first_error(self) -> None:
        for name, row in self.rows.items():
            if any(e.field == name for e in self._errors):
                row.edit.setFocus()
                return

    # -- closing ------------------------------------------------------------------------------

    def reject(self) -> None:
        """Esc, Cancel and the window's close button: ask first when something was changed."""
        if self.saved_id is None and self._can_edit and self.dirty and not self.confirm_discard():
            return
        super().reject()
