"""The practice writes its own satisfaction survey (issue 6, item 1).

A survey is a short list of questions: the Net Promoter Score (0–10) is built
in and always first; the practice adds scales, choices and free text after
it.  Every word is written in French and in English side by side, both
required: a patient gets the form in their language.  The designer starts
from a copy of the current survey (a practice edits rather than starts blank),
or blank with only the NPS question.

Saving creates a new survey, which becomes the current one: a survey already
answered is never changed, since its answers refer to the words the patients
read.  Before anything is saved the words are checked at their fields
(:func:`app.surveys.forms_from`), and whether the paper form still fits its
sheet is said as the questions change (:func:`app.surveys.paper_fit`), not
after.  "Preview" shows the paper form as a patient gets it, in the print
preview the print centre uses.
"""

from __future__ import annotations

import tempfile
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from app import surveys
from app.errors import FieldError, ValidationError
from app.survey_form import LANGUAGES, WORDS
from app.tasks import Progress
from db.models import PaperFormat
from ui.background import BackgroundTask, run_in_background
from ui.confirm import confirm
from ui.context import UiContext
from ui.feedback.surveys import ui_language
from ui.feedback.writing_dialog import WritingDialog
from ui.patients.consent_words import NO_SIGN, WARNING_SIGN, YES_SIGN

# A field refused: its frame says so too, besides the words under the form.
MARKED_STYLE = "border: 2px solid #b00020;"
CHECK_DELAY_MS = 700  # the paper check waits for typing to pause
KINDS = ("nps", "scale", "choice", "text")


@dataclass(frozen=True)
class PaperCheck:
    """What the paper check found: the pages each language's form takes, or why not."""

    pages: dict[str, int]
    errors: list[FieldError]


class Words:
    """One piece of wording in both languages: an input per language, side by side."""

    def __init__(
        self,
        parent: QWidget,
        name: str,
        *,
        lines: int = 1,
        placeholders: Mapping[str, str] | None = None,
    ) -> None:
        placeholders = placeholders or {}
        self.inputs: dict[str, QLineEdit | QPlainTextEdit] = {}
        for language in LANGUAGES:
            if lines > 1:
                box = QPlainTextEdit(parent)
                box.setTabChangesFocus(True)
                box.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
                # Room for every line, inside the document's margins and the frame.
                inside = 2 * (box.document().documentMargin() + box.frameWidth())
                box.setFixedHeight(round(box.fontMetrics().lineSpacing() * lines + inside + 2))
                box.setMinimumWidth(180)
                box.setPlaceholderText(placeholders.get(language, ""))
                box.setAccessibleName(f"{name} ({language})")
                self.inputs[language] = box
            else:
                edit = QLineEdit(parent)
                edit.setPlaceholderText(placeholders.get(language, ""))
                edit.setAccessibleName(f"{name} ({language})")
                self.inputs[language] = edit

    def values(self) -> dict[str, str]:
        return {language: _text(widget).strip() for language, widget in self.inputs.items()}

    def set_values(self, values: Any) -> None:
        for language, widget in self.inputs.items():
            text = str(values.get(language) or "") if isinstance(values, Mapping) else ""
            if isinstance(widget, QPlainTextEdit):
                widget.setPlainText(text)
            else:
                widget.setText(text)

    def on_change(self, slot: Any) -> None:
        for widget in self.inputs.values():
            widget.textChanged.connect(slot)


def _text(widget: QLineEdit | QPlainTextEdit) -> str:
    return widget.toPlainText() if isinstance(widget, QPlainTextEdit) else widget.text()


class QuestionEditor(QWidget):
    """One question's words (French | English) and its range.

    Attributes:
        kind: nps, scale, choice or text.
        key: the answer's name (the CSV's column); kept from the survey copied.
        words: the question's pieces of wording by part (text, low_label, high_label,
            options).
        points / lines: a scale's number of points, a free answer's lines on paper.
    """

    def __init__(self, kind: str, key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = kind
        self.key = key
        self.words: dict[str, Words] = {}
        self.points: QSpinBox | None = None
        self.lines: QSpinBox | None = None
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(10)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 1)
        grid.addWidget(QLabel(self.kind_name(), self), 0, 0, 1, 3)
        grid.addWidget(QLabel(self.tr("<b>Français</b>"), self), 1, 1)
        grid.addWidget(QLabel(self.tr("<b>English</b>"), self), 1, 2)
        nps = kind == "nps"
        standard = {language: WORDS[language]["nps"] for language in LANGUAGES}
        rows: list[tuple[str, str, int, Mapping[str, str]]] = [
            ("text", self.tr("Question:"), 3, standard if nps else {})
        ]
        if kind in ("nps", "scale"):
            low = {lang: WORDS[lang]["nps_low"] for lang in LANGUAGES} if nps else {}
            high = {lang: WORDS[lang]["nps_high"] for lang in LANGUAGES} if nps else {}
            rows += [
                ("low_label", self.tr("Lowest score means:"), 1, low),
                ("high_label", self.tr("Highest score means:"), 1, high),
            ]
        if kind == "choice":
            rows.append(("options", self.tr("Options, one per line:"), 5, {}))
        row = 2
        for part, label, lines, placeholders in rows:
            words = Words(self, label.rstrip(":"), lines=lines, placeholders=placeholders)
            self.words[part] = words
            caption = QLabel(label, self)
            caption.setBuddy(words.inputs[LANGUAGES[0]])
            caption.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
            grid.addWidget(caption, row, 0)
            for column, language in enumerate(LANGUAGES, start=1):
                grid.addWidget(words.inputs[language], row, column)
            row += 1
        if kind == "scale":
            self.points = self._spin_row(
                grid,
                row,
                self.tr("Scale:"),
                (2, 10, 5),
                self.tr(" points (1 to the number)"),
                self.tr("Number of points on the scale"),
            )
            row += 1
        if kind == "text":
            self.lines = self._spin_row(
                grid,
                row,
                self.tr("On paper:"),
                (1, 15, 3),
                self.tr(" lines to write on"),
                self.tr("Lines to write on, on paper"),
            )
            row += 1
        if nps:
            note = QLabel(
                self.tr(
                    "The recommendation question is built in and always asked first, 0 to 10. "
                    "Left empty, its words are the standard ones shown in grey."
                ),
                self,
            )
            note.setWordWrap(True)
            grid.addWidget(note, row, 0, 1, 3)
            row += 1
        grid.setRowStretch(row, 1)

    def _spin_row(
        self,
        grid: QGridLayout,
        row: int,
        caption_text: str,
        bounds: tuple[int, int, int],
        suffix: str,
        name: str,
    ) -> QSpinBox:
        spin = QSpinBox(self)
        spin.setRange(bounds[0], bounds[1])
        spin.setValue(bounds[2])
        spin.setSuffix(suffix)
        spin.setAccessibleName(name)
        caption = QLabel(caption_text, self)
        caption.setBuddy(spin)
        caption.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        grid.addWidget(caption, row, 0)
        grid.addWidget(spin, row, 1)
        return spin

    def kind_name(self) -> str:
        return {
            "nps": self.tr("<b>Recommendation (NPS), 0 to 10</b>"),
            "scale": self.tr("<b>Scale</b>: a score, its two ends named"),
            "choice": self.tr("<b>Choice</b>: one answer among options"),
            "text": self.tr("<b>Free text</b>: written by hand on paper"),
        }[self.kind]

    def entry(self) -> dict[str, Any]:
        """The question as a survey definition holds it (:func:`app.surveys.definition_of`)."""
        entry: dict[str, Any] = {"key": self.key, "kind": self.kind}
        for part, words in self.words.items():
            values = words.values()
            if part == "options":
                entry[part] = {
                    language: [line.strip() for line in text.splitlines() if line.strip()]
                    for language, text in values.items()
                }
            else:
                entry[part] = values
        if self.points is not None:
            entry["points"] = self.points.value()
        if self.lines is not None:
            entry["lines"] = self.lines.value()
        return entry

    def set_entry(self, entry: Mapping[str, Any]) -> None:
        for part, words in self.words.items():
            value = entry.get(part)
            if part == "options" and isinstance(value, Mapping):
                value = {language: "\n".join(options) for language, options in value.items()}
            words.set_values(value)
        if self.points is not None:
            self.points.setValue(int(entry.get("points", 5)))
        if self.lines is not None:
            self.lines.setValue(int(entry.get("lines", 3)))

    def summary(self, language: str) -> str:
        """The question as the list shows it: its words, or what kind it is until written."""
        text = self.words["text"].values().get(language, "")
        if self.kind == "nps":
            text = text or WORDS[language]["nps"]
        return text or self.kind_name().split("</b>")[0].removeprefix("<b>")

    def widget_for(self, part: str, language: str) -> QWidget | None:
        words = self.words.get(part)
        return None if words is None else words.inputs.get(language)

    def on_change(self, slot: Any) -> None:
        for words in self.words.values():
            words.on_change(slot)
        for spin in (self.points, self.lines):
            if spin is not None:
                spin.valueChanged.connect(slot)


class SurveyDesigner(WritingDialog):
    """Write a new survey; saved, it is the one patients are asked from then on.

    Attributes:
        name: what the lists call the survey.
        start: a copy of the current survey, or blank (the NPS question only).
        title / introduction: the paper form's heading and first words, both languages.
        questions: the questions in order (the NPS first, fixed); ``editors`` the
            editor of each, shown for the one selected.
        paper: whether the paper form fits its sheet, said as the questions change.
        written: the new survey's id once saved.
    """

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.setWindowTitle(self.tr("New survey"))
        self.check_job: BackgroundTask | None = None
        self.last_check: PaperCheck | None = None
        self._marked: list[QWidget] = []
        self._check_again = False
        self._edited = False
        self._filling = False
        self._started_from = 0
        with context.database.read_session() as session:
            self.current_name, self.current = surveys.current_definition(session)
        self.name = QLineEdit(self)
        self.name.setMaxLength(surveys.NAME_LIMIT)
        self.name.setAccessibleName(self.tr("Survey name"))
        self.start = QComboBox(self)
        self.start.setAccessibleName(self.tr("Start from"))
        self.start.addItem(
            self.tr("A copy of the current survey, “%1”").replace("%1", self.current_name), True
        )
        self.start.addItem(self.tr("Blank: only the recommendation (NPS) question"), False)
        self.start.activated.connect(self._start_chosen)
        self.title = Words(self, self.tr("Title"))
        self.introduction = Words(self, self.tr("Introduction"), lines=4)
        self.questions = QListWidget(self)
        self.questions.setAccessibleName(self.tr("Questions, in order"))
        self.questions.currentRowChanged.connect(self._show_editor)
        # A long question wraps in the list rather than hiding behind a scroll bar.
        self.questions.setWordWrap(True)
        self.questions.setMinimumWidth(240)
        self.questions.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.stack = QStackedWidget(self)
        self.editors: list[QuestionEditor] = []
        self.paper = QLabel(self)
        self.paper.setWordWrap(True)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(CHECK_DELAY_MS)
        self._timer.timeout.connect(self.check_paper)
        self._build_buttons()
        self._lay_out()
        self.ok_button().setText(self.tr("&Save as the current survey"))
        for words in (self.title, self.introduction):
            words.on_change(self._changed)
        self._start_again()
        self.setMinimumSize(900, 680)
        self.resize(1000, 780)

    def _build_buttons(self) -> None:
        self.add_scale = QPushButton(self.tr("Add a &scale"), self)
        self.add_scale.clicked.connect(lambda: self.add_question("scale"))
        self.add_choice = QPushButton(self.tr("Add a c&hoice"), self)
        self.add_choice.clicked.connect(lambda: self.add_question("choice"))
        self.add_text = QPushButton(self.tr("Add &free text"), self)
        self.add_text.clicked.connect(lambda: self.add_question("text"))
        self.remove_button = QPushButton(self.tr("&Remove"), self)
        self.remove_button.clicked.connect(self.remove_question)
        self.up_button = QPushButton(self.tr("Move &up"), self)
        self.up_button.clicked.connect(lambda: self.move_question(-1))
        self.down_button = QPushButton(self.tr("Move &down"), self)
        self.down_button.clicked.connect(lambda: self.move_question(1))
        self.preview_buttons = {}
        for language, text in (
            ("fr", self.tr("Preview in &French…")),
            ("en", self.tr("Preview in &English…")),
        ):
            button = QPushButton(text, self)
            button.clicked.connect(lambda _checked=False, lang=language: self.preview(lang))
            self.preview_buttons[language] = button
        # Enter in a field saves (the dialog's default button), it does not add a question.
        for button in (
            self.add_scale,
            self.add_choice,
            self.add_text,
            self.remove_button,
            self.up_button,
            self.down_button,
            *self.preview_buttons.values(),
        ):
            button.setAutoDefault(False)

    def _lay_out(self) -> None:
        top = QFormLayout()
        name_label = QLabel(self.tr("&Name:"), self)
        name_label.setBuddy(self.name)
        top.addRow(name_label, self.name)
        start_label = QLabel(self.tr("S&tart from:"), self)
        start_label.setBuddy(self.start)
        top.addRow(start_label, self.start)

        heading = QGridLayout()
        heading.setHorizontalSpacing(10)
        heading.setColumnStretch(1, 1)
        heading.setColumnStretch(2, 1)
        heading.addWidget(QLabel(self.tr("<b>Français</b>"), self), 0, 1)
        heading.addWidget(QLabel(self.tr("<b>English</b>"), self), 0, 2)
        for row, (caption, words) in enumerate(
            ((self.tr("Title:"), self.title), (self.tr("Introduction:"), self.introduction)),
            start=1,
        ):
            label = QLabel(caption, self)
            label.setBuddy(words.inputs[LANGUAGES[0]])
            label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
            heading.addWidget(label, row, 0)
            for column, language in enumerate(LANGUAGES, start=1):
                heading.addWidget(words.inputs[language], row, column)
        form_box = QGroupBox(self.tr("The paper form"), self)
        form_box.setLayout(heading)

        actions = QVBoxLayout()
        for button in (self.add_scale, self.add_choice, self.add_text):
            actions.addWidget(button)
        actions.addSpacing(12)
        for button in (self.up_button, self.down_button, self.remove_button):
            actions.addWidget(button)
        actions.addStretch(1)
        listed = QVBoxLayout()
        listed.addWidget(self.questions, 1)
        list_row = QHBoxLayout()
        list_row.addLayout(listed, 1)
        list_row.addLayout(actions)
        left = QWidget(self)
        left.setLayout(list_row)
        questions = QHBoxLayout()
        questions.addWidget(left, 2)
        questions.addWidget(self.stack, 3)
        questions_box = QGroupBox(self.tr("Questions, in the order asked"), self)
        questions_box.setLayout(questions)

        paper_row = QHBoxLayout()
        paper_row.addWidget(self.paper, 1)
        for button in self.preview_buttons.values():
            paper_row.addWidget(button)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(form_box)
        layout.addWidget(questions_box, 1)
        layout.addLayout(paper_row)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    # -- the questions ---------------------------------------------------------------

    def _start_chosen(self, index: int) -> None:
        if index == self._started_from:
            return
        if self._edited and not self.confirm_start_again():
            self.start.setCurrentIndex(self._started_from)
            return
        self._start_again()

    def confirm_start_again(self) -> bool:
        """Whether to drop what was written and start again."""
        return confirm(
            self,
            self.tr("Start again"),
            self.tr("Start again? What you wrote in this survey is lost."),
            self.tr("&Start again"),
            self.tr("&Keep what I wrote"),
        )

    def _start_again(self) -> None:
        """Fill the form from the current survey, or leave the NPS question alone."""
        self._filling = True
        self._started_from = self.start.currentIndex()
        copy = bool(self.start.currentData())
        self.questions.clear()
        for editor in self.editors:
            self.stack.removeWidget(editor)
            editor.deleteLater()
        self.editors = []
        nps = {"key": "nps", "kind": "nps"}
        if copy:
            self.name.setText(self.tr("%1 (new)").replace("%1", self.current_name))
            self.title.set_values(self.current.get("title"))
            self.introduction.set_values(self.current.get("introduction"))
            entries = list(self.current.get("questions", [])) or [nps]
        else:
            self.name.clear()
            self.title.set_values({})
            self.introduction.set_values({})
            entries = [nps]
        if entries[0].get("kind") != "nps":
            entries.insert(0, nps)
        for entry in entries:
            self._append(str(entry["kind"]), str(entry["key"]), entry)
        self.questions.setCurrentRow(0)
        self._changed()
        self._filling = False
        self._edited = False

    def _append(self, kind: str, key: str, entry: Mapping[str, Any] | None = None) -> None:
        editor = QuestionEditor(kind, key, self.stack)
        if entry is not None:
            editor.set_entry(entry)
        editor.on_change(self._changed)
        self.editors.append(editor)
        self.stack.addWidget(editor)
        item = QListWidgetItem(self.questions)
        item.setData(Qt.ItemDataRole.UserRole, key)
        self._label(len(self.editors) - 1)

    def _label(self, position: int) -> None:
        item = self.questions.item(position)
        if item is not None:
            language = ui_language()
            text = f"{position + 1}. {self.editors[position].summary(language)}"
            item.setText(text)
            item.setToolTip(text)

    def add_question(self, kind: str) -> QuestionEditor:
        taken = {editor.key for editor in self.editors}
        number = len(self.editors)
        while f"q{number}" in taken:
            number += 1
        self._append(kind, f"q{number}")
        self.questions.setCurrentRow(len(self.editors) - 1)
        self.editors[-1].words["text"].inputs[LANGUAGES[0]].setFocus()
        self._changed()
        return self.editors[-1]

    def remove_question(self) -> None:
        position = self.questions.currentRow()
        if position <= 0:  # the NPS question is built in
            return
        editor = self.editors.pop(position)
        self.questions.takeItem(position)
        self.stack.removeWidget(editor)
        editor.deleteLater()
        self._relabel()
        self.questions.setCurrentRow(min(position, len(self.editors) - 1))
        self._changed()

    def move_question(self, step: int) -> None:
        position = self.questions.currentRow()
        target = position + step
        # The NPS question stays first: what the dashboard and the CSV expect.
        if position <= 0 or not 1 <= target < len(self.editors):
            return
        self.editors[position], self.editors[target] = self.editors[target], self.editors[position]
        item = self.questions.takeItem(position)
        self.questions.insertItem(target, item)
        self._relabel()
        self.questions.setCurrentRow(target)
        self._changed()

    def _relabel(self) -> None:
        for position in range(len(self.editors)):
            self._label(position)

    def _show_editor(self, position: int) -> None:
        if 0 <= position < len(self.editors):
            self.stack.setCurrentWidget(self.editors[position])
        fixed = position <= 0
        self.remove_button.setEnabled(not fixed)
        self.up_button.setEnabled(position > 1)
        self.down_button.setEnabled(not fixed and position < len(self.editors) - 1)

    def _changed(self) -> None:
        self._edited = self._edited or not self._filling
        self._relabel()
        self._show_editor(self.questions.currentRow())
        self._timer.start()

    # -- what is written -------------------------------------------------------------

    def definition(self) -> dict[str, Any]:
        return {
            "title": self.title.values(),
            "introduction": self.introduction.values(),
            "questions": [editor.entry() for editor in self.editors],
        }

    def check_paper(self) -> BackgroundTask | None:
        """Whether the paper form fits its sheet, on the database worker; said under the
        questions.  Words missing are not said here: only once the user saves."""
        if self.check_job is not None and not self.check_job.done:
            self._check_again = True
            return None
        definition = self.definition()
        database = self.context.database

        def work(_progress: Progress) -> PaperCheck:
            try:
                forms = surveys.forms_from(definition)
            except ValidationError as exc:
                return PaperCheck({}, list(exc.errors))
            with database.read_session() as session:
                pages = surveys.form_pages(session, forms)
            return PaperCheck(pages, [])

        job = run_in_background(self, self.tr("Laying out the paper form"), work, self._checked)
        job.finished.connect(self._check_finished)
        self.check_job = job
        return job

    def _check_finished(self) -> None:
        if self._check_again:
            self._check_again = False
            self.check_paper()

    def _checked(self, check: PaperCheck) -> None:
        self.last_check = check
        if not check.pages:
            self.paper.setText(
                self.tr("The paper form is laid out once every question has its words.")
            )
            self.paper.setStyleSheet("")
            return
        longest = max(check.pages.values())
        pages = self.tr("%n page(s) in French", "", check.pages.get("fr", 0)) + self.tr(
            ", %n in English, in standard print", "", check.pages.get("en", 0)
        )
        if longest > surveys.FORM_PAGES:
            self.paper.setText(
                f"{WARNING_SIGN} "
                + self.tr(
                    "Too long for paper: %1; a form fits %2 pages (one sheet, both sides). "
                    "Remove a question or shorten the free-text lines before saving."
                )
                .replace("%1", pages)
                .replace("%2", str(surveys.FORM_PAGES))
            )
            self.paper.setStyleSheet("color: #b00020;")
        else:
            self.paper.setText(
                f"{YES_SIGN} "
                + self.tr("Paper form: %1. It fits one sheet (both sides).").replace("%1", pages)
            )
            self.paper.setStyleSheet("")

    def preview(self, language: str) -> BackgroundTask | None:
        """The paper form in ``language`` for a sample patient, in the print preview."""
        try:
            forms = surveys.forms_from(self.definition())
        except ValidationError as exc:
            self._refused(exc)
            return None
        form = forms[language]
        database = self.context.database
        today = self.context.clock.now().astimezone(self.context.settings.zone()).date()

        def work(_progress: Progress) -> bytes:
            with database.read_session() as session:
                return surveys.sample_form(session, form, PaperFormat.STANDARD, today)[0]

        return run_in_background(
            self,
            self.tr("Laying out the paper form"),
            work,
            lambda pdf: self._show(pdf, form.title),
            self._refused,
        )

    def _show(self, pdf: bytes, title: str) -> None:
        with tempfile.TemporaryDirectory(prefix="relais-") as folder:
            path = Path(folder) / "survey.pdf"
            path.write_bytes(pdf)
            path.chmod(0o600)
            self.open_preview(path, title)

    def open_preview(self, path: Path, title: str) -> None:
        from ui.print_preview import PdfPreviewDialog

        PdfPreviewDialog.show_pdf(path, title, self)

    # -- saving ----------------------------------------------------------------------

    def save(self) -> None:
        self._unmark()
        name = self.name.text()
        try:
            forms = surveys.forms_from(self.definition())
        except ValidationError as exc:
            self._refused(exc)
            return
        clock, actor = self.context.clock, self.context.actor

        def work(session: Session) -> int:
            return surveys.create_survey(session, clock, actor, name, forms).id

        self._write(self.tr("Saving the survey"), work)

    def show_error(self, text: str) -> None:
        # One sign per refused field: several are often refused at once.
        self.error.setText("\n".join(f"{NO_SIGN} {line}" for line in text.splitlines()))
        self.error.setVisible(True)

    def _refused(self, error: BaseException) -> None:
        super()._refused(error)
        if isinstance(error, ValidationError):
            self._mark([e.field for e in error.errors])

    def _unmark(self) -> None:
        for widget in self._marked:
            widget.setStyleSheet("")
        self._marked = []

    def _mark(self, fields: list[str]) -> None:
        """Frame each refused field; show the first refused question and focus its input."""
        self._unmark()
        first: QWidget | None = None
        shown: int | None = None
        for name in fields:
            widget, position = self.widget_for(name)
            if widget is None:
                continue
            widget.setStyleSheet(MARKED_STYLE)
            self._marked.append(widget)
            first = first or widget
            if shown is None and position is not None:
                shown = position
        if shown is not None:
            self.questions.setCurrentRow(shown)
        if first is not None:
            first.setFocus()

    def widget_for(self, field: str) -> tuple[QWidget | None, int | None]:
        """The input a service's field names (``questions.2.text.en``), and its question."""
        parts = field.split(".")
        if parts[0] == "name":
            return self.name, None
        if parts[0] in ("title", "introduction") and len(parts) == 2:
            words = self.title if parts[0] == "title" else self.introduction
            return words.inputs.get(parts[1]), None
        if parts[0] == "questions" and len(parts) == 4 and parts[1].isdigit():
            position = int(parts[1])
            if position < len(self.editors):
                return self.editors[position].widget_for(parts[2], parts[3]), position
        if parts[0] == "questions":
            return self.questions, None
        return None, None

    def field_message(self, error: FieldError) -> str:
        parts = error.field.split(".")
        language = {"fr": self.tr("in French"), "en": self.tr("in English")}.get(parts[-1], "")
        problem = {
            "required": self.tr("missing"),
            "too_long": self.tr("too long (%1)").replace("%1", error.message),
            "too_many": self.tr("too many (%1)").replace("%1", error.message),
        }.get(error.code, error.message)
        if parts[0] == "name":
            return self.tr("Name: %1").replace("%1", problem)
        if parts[0] in ("title", "introduction"):
            what = self.tr("Title") if parts[0] == "title" else self.tr("Introduction")
            return f"{what} {language}: {problem}"
        if parts[0] == "questions" and len(parts) == 4 and parts[1].isdigit():
            what = {
                "text": self.tr("its words"),
                "low_label": self.tr("what the lowest score means"),
                "high_label": self.tr("what the highest score means"),
                "options": self.tr("its options (at least two)"),
            }.get(parts[2], parts[2])
            return (
                self.tr("Question %1, %2 %3: %4")
                .replace("%1", str(int(parts[1]) + 1))
                .replace("%2", what)
                .replace("%3", language)
                .replace("%4", problem)
            )
        if error.code == "too_long_for_paper":
            return self.tr("Too long for paper: %1 (one sheet, both sides).").replace(
                "%1", error.message
            )
        return str(error)

    @classmethod
    def ask(cls, context: UiContext, parent: QWidget | None = None) -> int | None:
        """The new survey's id, or None if the user cancelled."""
        dialog = cls(context, parent)
        try:
            dialog.exec()
            return dialog.written if isinstance(dialog.written, int) else None
        finally:
            dialog.deleteLater()
