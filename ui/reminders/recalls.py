"""The Recall programmes tab (DESIGN §10 flow 7): who is recalled, how often, in which steps.

Dr Roux sets "diabetes follow-up every 3 months": the editor says who the
rule takes and how often in words, and Save stays off until a preview has run
on what is on screen: the cohort's size, the next due dates, and who would be
left out and why (Today's words).  The preview runs on the database worker
(``run_in_background``); nothing is written until Save.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QSplitter,
    QTableView,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app import recalls, tags
from app.access import Permission
from app.errors import FieldError, RelaisError, ValidationError
from app.recalls import CohortRule, ProgrammePreview, ProgrammeSpec, ProgrammeSummary, StepSpec
from app.tasks import Progress
from db.models import Sex
from ui.background import BackgroundTask, run_in_background
from ui.confirm import confirm
from ui.context import UiContext
from ui.patients.consent_words import NO_SIGN, WARNING_SIGN, YES_SIGN
from ui.reminders import words
from ui.reminders.one_off import chosen_channel, fill_channels, purpose_choices
from ui.reminders.widgets import (
    FieldRow,
    PatientPicker,
    RowsModel,
    add_row,
    date_text,
    pydate,
    qdate,
    short_date_text,
)
from ui.style import ERROR_STYLE

_Index = QModelIndex | QPersistentModelIndex

NAME, PURPOSE, COHORT, RHYTHM, STEPS, SIZE, ACTIVE = range(7)
COLUMN_COUNT = 7
ProgrammeIdRole = Qt.ItemDataRole.UserRole + 1
# How many of the next due dates the preview lists (the cohort can be thousands).
PREVIEW_ROWS = 50
PREVIEW_NAMES = 30  # names listed under each reason a patient is left out
CUSTOM = "custom"
translate = QCoreApplication.translate  # lupdate finds translate("Context", "text")
_TEXT_ROLES = (
    Qt.ItemDataRole.DisplayRole,
    Qt.ItemDataRole.ToolTipRole,
    Qt.ItemDataRole.AccessibleTextRole,
)


class ProgrammeModel(RowsModel):
    """The practice's programmes (a handful: held whole), active ones first."""

    column_count = COLUMN_COUNT

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[ProgrammeSummary] = []
        self._purposes: dict[str, str] = {}

    def set_rows(self, rows: list[ProgrammeSummary], purposes: dict[str, str]) -> None:
        self.beginResetModel()
        self.rows = rows
        self._purposes = purposes
        self.endResetModel()

    def headers(self) -> tuple[str, ...]:
        return (
            self.tr("Programme"),
            self.tr("Purpose"),
            self.tr("Who"),
            self.tr("How often"),
            self.tr("Steps"),
            self.tr("Patients"),
            self.tr("Active"),
        )

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        programme = self.row_at(index)
        if programme is None:
            return None
        column = index.column()
        if role == ProgrammeIdRole:
            return programme.id
        if role == Qt.ItemDataRole.ForegroundRole:
            # A stopped programme steps back; its Active column says so in words.
            palette = QApplication.palette()
            return None if programme.active else palette.brush(QPalette.ColorRole.PlaceholderText)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
            return int(right) if column == SIZE else None
        if role in _TEXT_ROLES:
            return self.cells(programme)[column]
        return None

    def cells(self, programme: ProgrammeSummary) -> tuple[str, ...]:
        rule = programme.rule
        return (
            programme.name,
            self._purposes.get(programme.purpose_code, programme.purpose_code),
            words.cohort_text(rule.min_age, rule.max_age, rule.sex, rule.tag),
            words.rhythm_text(programme.rrule),
            words.steps_text(tuple((s.channel, s.offset_days) for s in programme.steps), "\n"),
            str(programme.cohort_size),
            f"{YES_SIGN} " + self.tr("Active")
            if programme.active
            else f"{NO_SIGN} " + self.tr("Stopped"),
        )


# -- the editor ----------------------------------------------------------------------------


class StepRow:
    """One step's widgets: on/off (steps 2 and 3), channel, days from the due date."""

    def __init__(self, dialog: QDialog, position: int) -> None:
        self.position = position
        # Step 1 is always there; steps 2 and 3 are switched on when wanted.
        title = translate("ProgrammeDialog", "Step %1").replace("%1", str(position))
        self.enabled = QCheckBox(title, dialog)
        self.enabled.setChecked(position == 1)
        self.title: QWidget = self.enabled if position > 1 else QLabel(title, dialog)
        self.enabled.setVisible(position > 1)
        self.channel = QComboBox(dialog)
        self.channel.setAccessibleName(
            translate("ProgrammeDialog", "Channel of step %1").replace("%1", str(position))
        )
        fill_channels(self.channel)
        self.offset = QSpinBox(dialog)
        self.offset.setRange(-recalls.OFFSET_LIMIT, recalls.OFFSET_LIMIT)
        self.offset.setAccessibleName(
            translate("ProgrammeDialog", "Days after the due date, step %1").replace(
                "%1", str(position)
            )
        )
        self.offset.setToolTip(
            translate("ProgrammeDialog", "Days after the due date; a negative number is before.")
        )
        self.offset.setSuffix(translate("ProgrammeDialog", " days"))
        self.words = QLabel(dialog)
        self.error = QLabel(dialog)
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.setVisible(False)
        self.offset.valueChanged.connect(self._show_words)
        self.enabled.toggled.connect(self._enable)
        self._enable(self.enabled.isChecked())
        self._show_words()

    def _enable(self, on: bool) -> None:
        self.channel.setEnabled(on)
        self.offset.setEnabled(on)
        self.words.setEnabled(on)

    def _show_words(self) -> None:
        self.words.setText(words.offset_text(self.offset.value()))

    def spec(self) -> StepSpec | None:
        if not self.enabled.isChecked():
            return None
        return StepSpec(chosen_channel(self.channel), self.offset.value())

    def set_spec(self, step: StepSpec | None) -> None:
        self.enabled.setChecked(step is not None or self.position == 1)
        if step is not None:
            index = self.channel.findData(step.channel.value if step.channel else None)
            self.channel.setCurrentIndex(max(index, 0))
            self.offset.setValue(step.offset_days)

    def set_error(self, text: str) -> None:
        self.error.setText(f"{WARNING_SIGN} {text}" if text else "")
        self.error.setVisible(bool(text))
        self.offset.setAccessibleDescription(text)


class ProgrammeDialog(QDialog):
    """Create or change a recall programme; Preview first, then Save.

    Attributes:
        programme_id: the programme changed, None for a new one.
        saved_id: the id once saved, else None.
        preview: the last preview shown, and ``previewed``: the spec it was made for.
        job: the preview running on the database worker, if any.
        rows: the fields with their error lines, by the service's field names.
    """

    def __init__(
        self,
        context: UiContext,
        programme: ProgrammeSummary | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.programme_id = programme.id if programme is not None else None
        self.saved_id: int | None = None
        self.preview: ProgrammePreview | None = None
        self.previewed: ProgrammeSpec | None = None
        self.job: BackgroundTask | None = None
        self.setWindowTitle(
            self.tr("New recall programme")
            if programme is None
            else self.tr("Recall programme: %1").replace("%1", programme.name)
        )
        self._build()
        if programme is not None:
            self.set_spec(programme.spec())
        self._connect_changes()
        self._changed()
        self.resize(1100, 640)

    @classmethod
    def ask(
        cls,
        context: UiContext,
        programme: ProgrammeSummary | None = None,
        parent: QWidget | None = None,
    ) -> int | None:
        dialog = cls(context, programme, parent)
        try:
            dialog.exec()
            return dialog.saved_id
        finally:
            if dialog.job is not None and not dialog.job.done:
                dialog.job.cancel()
            dialog.deleteLater()

    # -- layout --------------------------------------------------------------------------

    def _build(self) -> None:
        form_box = QWidget(self)
        form = QFormLayout(form_box)
        form.setContentsMargins(0, 0, 0, 0)
        self.name = QLineEdit(self)
        self.name.setMaxLength(recalls.NAME_LIMIT)
        self.name.setAccessibleName(self.tr("Name of the programme"))
        self.name.setPlaceholderText(self.tr("Diabetes follow-up"))
        self.purpose = QComboBox(self)
        self.purpose.setAccessibleName(self.tr("Purpose"))
        for code, name in purpose_choices(self.context):
            self.purpose.addItem(name, code)
        self.purpose.setCurrentIndex(max(0, self.purpose.findData("screening_recall")))
        self.rows: dict[str, FieldRow] = {
            "name": add_row(form, self.tr("&Name:"), self.name, self),
            "purpose_code": add_row(form, self.tr("P&urpose:"), self.purpose, self),
        }
        self._build_cohort(form)
        self._build_rhythm(form)
        self._build_steps(form)
        self.starts_on = QDateEdit(self)
        self.starts_on.setCalendarPopup(True)
        self.starts_on.setDisplayFormat("dd/MM/yyyy")
        self.starts_on.setAccessibleName(self.tr("First due date"))
        self.starts_on.setDate(qdate(self.context.settings.today(self.context.clock)))
        self.starts_on.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.rows["starts_on"] = add_row(form, self.tr("&First due date:"), self.starts_on, self)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(form_box)
        splitter.addWidget(self._build_preview())
        splitter.setSizes([560, 540])

        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setVisible(False)
        self.preview_button = QPushButton(self.tr("&Preview"), self)
        self.preview_button.setToolTip(
            self.tr("Who the programme takes, when, and who would be left out; nothing is saved")
        )
        self.preview_button.setAutoDefault(False)
        self.save_button = QPushButton(self.tr("&Save"), self)
        self.save_button.setDefault(True)
        close = QPushButton(self.tr("Close"), self)
        close.setAutoDefault(False)
        self.preview_button.clicked.connect(self.run_preview)
        self.save_button.clicked.connect(self.save)
        close.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.preview_button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.error)
        layout.addLayout(buttons)

    def _build_cohort(self, form: QFormLayout) -> None:
        cohort = QWidget(self)
        grid = QHBoxLayout(cohort)
        grid.setContentsMargins(0, 0, 0, 0)
        self.min_age = self._age_spin(self.tr("Lowest age"))
        self.max_age = self._age_spin(self.tr("Highest age"))
        self.sex = QComboBox(self)
        self.sex.setAccessibleName(self.tr("Sex"))
        for sex in (None, Sex.FEMALE, Sex.MALE):
            self.sex.addItem(words.sex_text(sex), sex.value if sex else None)
        grid.addWidget(self.sex)
        grid.addWidget(QLabel(self.tr("aged"), cohort))
        grid.addWidget(self.min_age)
        grid.addWidget(QLabel(self.tr("to"), cohort))
        grid.addWidget(self.max_age)
        grid.addStretch(1)
        cohort.setFocusProxy(self.sex)
        self.tag = QComboBox(self)
        self.tag.setAccessibleName(self.tr("Tag"))
        self.tag.addItem(self.tr("Any tag"), None)
        with self.context.database.read_session() as session:
            for tag, count in tags.all_tags(session):
                self.tag.addItem(
                    self.tr("%1 (%2 patients)").replace("%1", tag).replace("%2", str(count)), tag
                )
        self.rows["rule.min_age"] = add_row(form, self.tr("&Who:"), cohort, self)
        self.rows["rule.max_age"] = self.rows["rule.min_age"]
        self.rows["rule.tag"] = add_row(form, self.tr("&Tag:"), self.tag, self)
        self.cohort_words = QLabel(self)
        self.cohort_words.setWordWrap(True)
        form.addRow("", self.cohort_words)

    def _age_spin(self, name: str) -> QSpinBox:
        spin = QSpinBox(self)
        spin.setRange(-1, recalls.AGE_LIMIT)
        spin.setSpecialValueText(self.tr("any"))  # -1: no limit
        spin.setValue(-1)
        spin.setAccessibleName(name)
        return spin

    def _build_rhythm(self, form: QFormLayout) -> None:
        rhythm = QWidget(self)
        line = QHBoxLayout(rhythm)
        line.setContentsMargins(0, 0, 0, 0)
        self.preset = QComboBox(self)
        self.preset.setAccessibleName(self.tr("How often"))
        for text, rule in (
            (self.tr("Every 3 months"), words.EVERY_3_MONTHS),
            (self.tr("Every year"), words.EVERY_YEAR),
            (self.tr("Every 2 years"), words.EVERY_2_YEARS),
            (self.tr("Every 3 years"), words.EVERY_3_YEARS),
            (self.tr("Each October"), words.EACH_OCTOBER),
            (self.tr("Other rule (RRULE)…"), CUSTOM),
        ):
            self.preset.addItem(text, rule)
        self.rrule = QLineEdit(self)
        self.rrule.setAccessibleName(self.tr("Recurrence rule (RFC 5545)"))
        self.rrule.setPlaceholderText("FREQ=MONTHLY;INTERVAL=6")
        line.addWidget(self.preset)
        line.addWidget(self.rrule, 1)
        rhythm.setFocusProxy(self.preset)
        self.rows["rrule"] = add_row(form, self.tr("How &often:"), rhythm, self)
        self.rhythm_words = QLabel(self)
        form.addRow("", self.rhythm_words)
        self.preset.currentIndexChanged.connect(self._preset_chosen)
        self._preset_chosen()

    def _build_steps(self, form: QFormLayout) -> None:
        box = QWidget(self)
        grid = QGridLayout(box)
        grid.setContentsMargins(0, 0, 0, 0)
        self.steps = [StepRow(self, position) for position in range(1, recalls.MAX_STEPS + 1)]
        for index, step in enumerate(self.steps):
            grid.addWidget(step.title, index * 2, 0)
            grid.addWidget(step.channel, index * 2, 1)
            grid.addWidget(step.offset, index * 2, 2)
            grid.addWidget(step.words, index * 2, 3)
            grid.addWidget(step.error, index * 2 + 1, 1, 1, 3)
        grid.setColumnStretch(3, 1)
        self.steps[1].offset.setValue(30)
        self.steps[2].offset.setValue(60)
        box.setFocusProxy(self.steps[0].channel)
        self.rows["steps"] = add_row(form, self.tr("St&eps:"), box, self)

    def _build_preview(self) -> QWidget:
        box = QGroupBox(self.tr("Preview"), self)
        self.preview_summary = QLabel(self.tr("Press Preview to see who the programme takes."), box)
        self.preview_summary.setWordWrap(True)
        self.left_out = QTreeWidget(box)
        self.left_out.setAccessibleName(self.tr("Left out of a step, and why"))
        self.left_out.setHeaderHidden(True)
        self.left_out_label = QLabel(self.tr("Left out of a step, and why:"), box)
        self.left_out_label.setBuddy(self.left_out)
        self.next_due = QTreeWidget(box)
        self.next_due.setAccessibleName(self.tr("Next due dates"))
        self.next_due.setRootIsDecorated(False)
        self.next_due.setHeaderLabels([self.tr("Due"), self.tr("Patient"), self.tr("Steps")])
        self.next_due.setAlternatingRowColors(True)
        self.next_due.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.next_due.header().setStretchLastSection(True)
        self.next_due_label = QLabel(self.tr("Next due dates:"), box)
        self.next_due_label.setBuddy(self.next_due)
        layout = QVBoxLayout(box)
        layout.addWidget(self.preview_summary)
        layout.addWidget(self.left_out_label)
        layout.addWidget(self.left_out, 2)
        layout.addWidget(self.next_due_label)
        layout.addWidget(self.next_due, 3)
        return box

    def _connect_changes(self) -> None:
        for edit in (self.name, self.rrule):
            edit.textChanged.connect(self._changed)
        for combo in (self.purpose, self.sex, self.tag, self.preset):
            combo.currentIndexChanged.connect(self._changed)
        for spin in (self.min_age, self.max_age):
            spin.valueChanged.connect(self._changed)
        self.starts_on.dateChanged.connect(self._changed)
        for step in self.steps:
            step.enabled.toggled.connect(self._changed)
            step.channel.currentIndexChanged.connect(self._changed)
            step.offset.valueChanged.connect(self._changed)

    # -- the spec --------------------------------------------------------------------------

    def _preset_chosen(self) -> None:
        rule = self.preset.currentData()
        custom = rule == CUSTOM
        self.rrule.setReadOnly(not custom)
        if not custom:
            self.rrule.setText(str(rule))
        elif self.rrule.text() in [self.preset.itemData(i) for i in range(self.preset.count())]:
            self.rrule.selectAll()
            self.rrule.setFocus()

    def spec(self) -> ProgrammeSpec:
        sex = self.sex.currentData()
        steps = tuple(s for s in (row.spec() for row in self.steps) if s is not None)
        return ProgrammeSpec(
            name=self.name.text(),
            purpose_code=str(self.purpose.currentData() or ""),
            rule=CohortRule(
                min_age=self.min_age.value() if self.min_age.value() >= 0 else None,
                max_age=self.max_age.value() if self.max_age.value() >= 0 else None,
                sex=Sex(sex) if sex else None,
                tag=self.tag.currentData(),
            ),
            rrule=self.rrule.text(),
            steps=steps,
            starts_on=pydate(self.starts_on.date()),
        )

    def set_spec(self, spec: ProgrammeSpec) -> None:
        self.name.setText(spec.name)
        self.purpose.setCurrentIndex(max(0, self.purpose.findData(spec.purpose_code)))
        self.min_age.setValue(spec.rule.min_age if spec.rule.min_age is not None else -1)
        self.max_age.setValue(spec.rule.max_age if spec.rule.max_age is not None else -1)
        self.sex.setCurrentIndex(
            max(0, self.sex.findData(spec.rule.sex.value if spec.rule.sex else None))
        )
        if spec.rule.tag and self.tag.findData(spec.rule.tag) < 0:
            self.tag.addItem(spec.rule.tag, spec.rule.tag)  # nobody has it any more
        self.tag.setCurrentIndex(max(0, self.tag.findData(spec.rule.tag)))
        preset = self.preset.findData(spec.rrule)
        self.preset.setCurrentIndex(preset if preset >= 0 else self.preset.findData(CUSTOM))
        self.rrule.setText(spec.rrule)
        for position, row in enumerate(self.steps):
            row.set_spec(spec.steps[position] if position < len(spec.steps) else None)
        self.starts_on.setDate(qdate(spec.starts_on))

    def _changed(self) -> None:
        """A change makes the last preview stale: Save waits for a new one."""
        spec = self.spec()
        rule = spec.rule
        self.cohort_words.setText(words.cohort_text(rule.min_age, rule.max_age, rule.sex, rule.tag))
        self.rhythm_words.setText(words.rhythm_text(spec.rrule) if spec.rrule.strip() else "")
        fresh = self.preview is not None and self.previewed == spec
        self.save_button.setEnabled(fresh and self.context.actor.can(Permission.EDIT_PATIENTS))
        self.save_button.setToolTip(
            "" if fresh else self.tr("Preview first: Save comes once you have seen who it takes.")
        )
        if self.preview is not None and not fresh:
            self.preview_summary.setText(
                f"{WARNING_SIGN} "
                + self.tr("Changed since the preview: press Preview again before saving.")
            )

    # -- errors ----------------------------------------------------------------------------

    def clear_errors(self) -> None:
        for row in self.rows.values():
            row.set_error("")
        for step in self.steps:
            step.set_error("")
        self.error.setVisible(False)

    def field_error(self, name: str) -> str:
        if name.startswith("steps["):
            return self.steps[int(name[6]) - 1].error.text().removeprefix(f"{WARNING_SIGN} ")
        return self.rows[name].error_text

    def show_field_errors(self, errors: list[FieldError]) -> None:
        self.clear_errors()
        for error in errors:
            text = self.field_message(error)
            if error.field.startswith("steps[") and error.field[6:7].isdigit():
                self.steps[int(error.field[6]) - 1].set_error(text)
            elif error.field in self.rows:
                row = self.rows[error.field]
                row.set_error(" ".join(filter(None, (row.error_text, text))))
            else:
                self.error.setText(f"{NO_SIGN} {error}")
                self.error.setVisible(True)

    def field_message(self, error: FieldError) -> str:
        messages = {
            "required": self.tr("This is needed."),
            "too_long": self.tr("This text is too long."),
            "duplicate": self.tr("Another programme has this name."),
            "age_invalid": self.tr("An age from 0 to 120."),
            "ages_order": self.tr("The highest age must be at least the lowest."),
            "steps_count": self.tr("A programme has one to three steps."),
            "offset_range": self.tr("From 730 days before to 730 days after."),
            "offset_order": self.tr("Each step comes after the one before."),
            "unknown": self.tr("Choose a purpose in the list."),
            "inactive": self.tr("This purpose is switched off in the settings."),
        }
        # The rule's own messages name the part that is wrong (FREQ, INTERVAL…): kept.
        return messages.get(error.code, error.message)

    # -- preview and save ---------------------------------------------------------------------

    def run_preview(self) -> BackgroundTask | None:
        spec = self.spec()
        self.clear_errors()
        problems = recalls.validate(spec)
        if problems:
            self.show_field_errors(problems)
            return None
        if self.job is not None and not self.job.done:
            return self.job
        database, clock, programme_id = self.context.database, self.context.clock, self.programme_id

        def work(_progress: Progress) -> ProgrammePreview:
            with database.read_session() as session:
                return recalls.preview(session, clock, spec, programme_id=programme_id)

        self.preview_button.setEnabled(False)
        self.preview_summary.setText(self.tr("Working out who the programme takes…"))
        self.job = run_in_background(
            self,
            self.tr("Preview of the programme"),
            work,
            lambda result: self._previewed(spec, result),
            self._preview_failed,
        )
        self.job.finished.connect(lambda: self.preview_button.setEnabled(True))
        return self.job

    def _previewed(self, spec: ProgrammeSpec, preview: ProgrammePreview) -> None:
        self.preview, self.previewed = preview, spec
        self.show_preview(preview)
        self._changed()

    def _preview_failed(self, error: BaseException) -> None:
        if isinstance(error, ValidationError):
            self.show_field_errors(error.errors)
            self.preview_summary.setText(self.tr("Correct what is marked, then preview again."))
        else:
            self.preview_summary.setText(
                f"{NO_SIGN} " + self.tr("The preview failed: %1").replace("%1", str(error))
            )

    def show_preview(self, preview: ProgrammePreview) -> None:
        missed = sum(1 for row in preview.rows if not row.reached)
        lines = [
            self.tr("%n patient(s) in the programme", "", preview.cohort),
            f"{YES_SIGN} " + self.tr("%n reached by at least one step", "", preview.reached),
        ]
        if missed:
            lines.append(f"{WARNING_SIGN} " + self.tr("%n reached by no step", "", missed))
        lines += [f"{WARNING_SIGN} {warning}" for warning in preview.warnings]
        self.preview_summary.setText("\n".join(lines))
        self._show_left_out(preview)
        self._show_next_due(preview)

    def _show_left_out(self, preview: ProgrammePreview) -> None:
        """One line per reason, in Today's words, with the patients under it."""
        self.left_out.clear()
        names: dict[str, list[str]] = {}
        for row in preview.rows:
            for code in dict.fromkeys(s.exclusion for s in row.steps if s.exclusion):
                names.setdefault(str(code), []).append(row.name)
        for code, count in sorted(preview.exclusions.items(), key=lambda kv: (-kv[1], kv[0])):
            top = QTreeWidgetItem(
                [
                    self.tr("%1: %2")
                    .replace("%1", words.exclusion_text(code))
                    .replace("%2", self.tr("%n patient(s)", "", count))
                ]
            )
            top.setData(0, Qt.ItemDataRole.UserRole, code)
            for name in names.get(code, [])[:PREVIEW_NAMES]:
                top.addChild(QTreeWidgetItem([name]))
            if count > PREVIEW_NAMES:
                top.addChild(QTreeWidgetItem([self.tr("… and %n more", "", count - PREVIEW_NAMES)]))
            self.left_out.addTopLevelItem(top)
        if not preview.exclusions:
            self.left_out.addTopLevelItem(
                QTreeWidgetItem([f"{YES_SIGN} " + self.tr("Nobody is left out.")])
            )

    def _show_next_due(self, preview: ProgrammePreview) -> None:
        self.next_due.clear()
        for row in preview.rows[:PREVIEW_ROWS]:
            steps = " · ".join(
                (
                    f"{words.step_channel_text(step.channel)} {short_date_text(step.send_on)}"
                    if step.channel is not None and step.send_on is not None
                    else f"{NO_SIGN} {words.exclusion_text(step.exclusion or '')}"
                )
                for step in row.steps
            )
            item = QTreeWidgetItem([date_text(row.due_on), row.name, steps])
            item.setToolTip(2, steps)
            self.next_due.addTopLevelItem(item)
        more = len(preview.rows) - PREVIEW_ROWS
        if more > 0:
            self.next_due.addTopLevelItem(
                QTreeWidgetItem(["", self.tr("… and %n more", "", more), ""])
            )
        if not preview.rows:
            self.next_due.addTopLevelItem(
                QTreeWidgetItem(["", self.tr("Nobody: no patient fits the rule."), ""])
            )

    def exclusion_lines(self) -> dict[str, str]:
        """The reasons shown, by code (for tests and screen readers)."""
        found: dict[str, str] = {}
        for index in range(self.left_out.topLevelItemCount()):
            item = self.left_out.topLevelItem(index)
            assert item is not None
            code = item.data(0, Qt.ItemDataRole.UserRole)
            if code:
                found[str(code)] = item.text(0)
        return found

    def save(self) -> bool:
        spec = self.spec()
        if self.preview is None or self.previewed != spec:
            self._changed()
            return False
        context = self.context
        try:
            with context.database.transaction() as session:
                if self.programme_id is None:
                    self.saved_id = recalls.create(session, context.clock, context.actor, spec).id
                else:
                    recalls.update(session, context.clock, context.actor, self.programme_id, spec)
                    self.saved_id = self.programme_id
        except ValidationError as exc:
            self.show_field_errors(exc.errors)
            return False
        except RelaisError as exc:
            self.error.setText(f"{NO_SIGN} {exc}")
            self.error.setVisible(True)
            return False
        self.accept()
        return True


class MarkDoneDialog(QDialog):
    """A recall done for one patient (the check-up, the vaccine): who and when."""

    def __init__(
        self, context: UiContext, programme: ProgrammeSummary, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.programme = programme
        self.outcome: recalls.DoneOutcome | None = None
        self.setWindowTitle(self.tr("Recall done: %1").replace("%1", programme.name))
        explanation = QLabel(
            self.tr(
                "The reminders still ahead for this patient are cancelled; the next recall "
                "counts from the day it was done."
            ),
            self,
        )
        explanation.setWordWrap(True)
        self.patient = PatientPicker(context, self)
        self.done_on = QDateEdit(self)
        self.done_on.setCalendarPopup(True)
        self.done_on.setDisplayFormat("dd/MM/yyyy")
        self.done_on.setAccessibleName(self.tr("Done on"))
        today = qdate(context.settings.today(context.clock))
        self.done_on.setMaximumDate(today)
        self.done_on.setDate(today)
        self.done_on.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        form = QFormLayout()
        self.rows = {
            "patient": add_row(form, self.tr("&Patient:"), self.patient, self),
            "done_on": add_row(form, self.tr("&Done on:"), self.done_on, self),
        }
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setVisible(False)
        buttons = QDialogButtonBox(self)
        self.save_button = buttons.addButton(
            self.tr("&Record"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.addButton(self.tr("Close"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.resize(520, self.sizeHint().height())

    def save(self) -> bool:
        patient_id = self.patient.patient_id()
        self.rows["patient"].set_error("")
        self.rows["done_on"].set_error("")
        if patient_id is None:
            self.rows["patient"].set_error(
                self.tr("Choose the patient: type part of the name, then pick them in the list.")
            )
            return False
        context = self.context
        try:
            with context.database.transaction() as session:
                self.outcome = recalls.mark_done(
                    session,
                    context.clock,
                    context.actor,
                    self.programme.id,
                    patient_id,
                    pydate(self.done_on.date()),
                )
        except ValidationError as exc:
            for error in exc.errors:
                row = self.rows.get("done_on" if error.field == "done_on" else "patient")
                if row is not None:
                    row.set_error(
                        self.tr("It cannot be in the future.")
                        if error.code == "future"
                        else error.message
                    )
            return False
        except RelaisError as exc:
            self.error.setText(f"{NO_SIGN} {exc}")
            self.error.setVisible(True)
            return False
        self.accept()
        return True


# -- the tab ---------------------------------------------------------------------------------


class RecallsTab(QWidget):
    """The programmes, and creating, changing, marking done and stopping them.

    Signals:
        changed(): a programme was saved or stopped, or a recall recorded as done.
    """

    changed = Signal()

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self._can_edit = context.actor.can(Permission.EDIT_PATIENTS)
        self.model = ProgrammeModel(self)
        explanation = QLabel(
            self.tr(
                "A recall programme reminds a group of patients at a rhythm: diabetes "
                "follow-up every 3 months, screening every 2 years, flu vaccination each "
                "autumn. Each step can use its own channel; a patient with an appointment "
                "booked is not reminded twice."
            ),
            self,
        )
        explanation.setWordWrap(True)
        self.table = QTableView(self)
        self.table.setAccessibleName(self.tr("Recall programmes"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setTabKeyNavigation(False)
        self.table.setWordWrap(True)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(STEPS, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.table.activated.connect(lambda _index: self.edit_selected())

        self.new_button = QPushButton(self.tr("&New programme…"), self)
        self.new_button.setToolTip(self.tr("Set up a recall programme (Ctrl+N)"))
        self.new_button.clicked.connect(self.new_record)
        self.new_button.setEnabled(self._can_edit)
        self.edit_button = QPushButton(self.tr("&Change…"), self)
        self.edit_button.clicked.connect(self.edit_selected)
        self.done_button = QPushButton(self.tr("Mark &done for a patient…"), self)
        self.done_button.clicked.connect(self.mark_done_selected)
        self.stop_button = QPushButton(self.tr("&Stop the programme…"), self)
        self.stop_button.clicked.connect(self.stop_selected)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setVisible(False)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.done_button)
        buttons.addStretch(1)
        buttons.addWidget(self.stop_button)
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.refresh()

    def refresh(self) -> None:
        selected = self.selected()
        with self.context.database.read_session() as session:
            rows = recalls.programmes(session, clock=self.context.clock)
        self.model.set_rows(rows, dict(purpose_choices(self.context)))
        if selected is not None:
            self.select_programme(selected.id)
        self._update_buttons()

    def selected(self) -> ProgrammeSummary | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.rows[rows[0].row()] if rows else None

    def select_programme(self, programme_id: int) -> bool:
        for row, programme in enumerate(self.model.rows):
            if programme.id == programme_id:
                self.table.selectRow(row)
                return True
        return False

    def _update_buttons(self) -> None:
        programme = self.selected()
        active = self._can_edit and programme is not None and programme.active
        for button in (self.edit_button, self.done_button, self.stop_button):
            button.setEnabled(active)

    def show_message(self, text: str, *, error: bool = False) -> None:
        self.message.setStyleSheet(ERROR_STYLE if error else "")
        self.message.setText(f"{NO_SIGN} {text}" if error else text)
        self.message.setVisible(True)

    def new_record(self) -> int | None:
        if not self._can_edit:
            return None
        saved = ProgrammeDialog.ask(self.context, None, self)
        if saved is not None:
            self._saved(saved, self.tr("Programme saved; its reminders are made at the next tick."))
        return saved

    def edit_selected(self) -> int | None:
        programme = self.selected()
        if programme is None or not programme.active or not self._can_edit:
            return None
        saved = ProgrammeDialog.ask(self.context, programme, self)
        if saved is not None:
            self._saved(saved, self.tr("Programme changed; the reminders ahead follow."))
        return saved

    def _saved(self, programme_id: int, text: str) -> None:
        self.refresh()
        self.select_programme(programme_id)
        self.show_message(text)
        self.changed.emit()

    def mark_done_selected(self) -> bool:
        programme = self.selected()
        if programme is None or not programme.active:
            return False
        dialog = MarkDoneDialog(self.context, programme, self)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted or dialog.outcome is None:
                return False
            outcome = dialog.outcome
            who = dialog.patient.patient_text()
        finally:
            dialog.deleteLater()
        text = self.tr("Recall recorded as done for %1.").replace("%1", who.split(" — ")[0])
        text += " " + self.tr("%n reminder(s) ahead cancelled.", "", outcome.steps_cancelled)
        self.refresh()
        self.show_message(text)
        self.changed.emit()
        return True

    def confirm_stop(self, programme: ProgrammeSummary) -> bool:
        return confirm(
            self,
            self.tr("Stop the programme"),
            self.tr(
                "Stop « %1 »? Its %n reminder(s) still ahead are cancelled, with their "
                "messages not yet sent. What was sent and the recalls done are kept.",
                "",
                programme.reminders_ahead,
            ).replace("%1", programme.name),
            self.tr("Stop the programme"),
            self.tr("Keep it"),
            icon=QMessageBox.Icon.Warning,
        )

    def stop_selected(self) -> bool:
        programme = self.selected()
        if programme is None or not programme.active or not self.confirm_stop(programme):
            return False
        try:
            with self.context.database.transaction() as session:
                cancelled = recalls.deactivate(
                    session, self.context.clock, self.context.actor, programme.id
                )
        except RelaisError as exc:
            self.show_message(str(exc), error=True)
            return False
        self.refresh()
        self.show_message(
            self.tr("Programme stopped.")
            + " "
            + self.tr("%n reminder(s) ahead cancelled.", "", cancelled)
        )
        self.changed.emit()
        return True
