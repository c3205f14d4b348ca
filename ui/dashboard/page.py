"""The trust dashboard (issue 6, item 4; DESIGN §10 flow 8): the signs of trust, at a glance.

Filters at the top (the period, a purpose, a channel), the headline figures as
tiles, the charts, then every figure in a table; each tile, chart and row says
how its figure is computed (a tooltip) and the numbers are always written out,
never left to colours.  The figures are computed on the database worker
(:func:`ui.background.run_in_background`, :func:`app.dashboard.compute`); a
change of filter computes again.  "Export CSV…" writes what is on screen, one
row per figure, in the user's language (in French, as French Excel reads it);
"Transparency report…" opens the Data-rights page's report dialog for the
period on screen.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from dateutil.relativedelta import relativedelta
from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app import consent, dashboard
from app.access import Permission
from app.dashboard import COUNT, DAYS, SCORE, SHARE, Dashboard, DashboardFilter, Figure
from app.errors import RelaisError
from app.tasks import Progress
from app.transparency import PurposeName
from db.models import Channel
from ui.background import BackgroundTask, run_in_background
from ui.context import UiContext
from ui.dashboard import words
from ui.dashboard.charts import FigureChart, Series, bar_chart, line_chart
from ui.rights.reports import ReportDialog
from ui.style import ERROR_STYLE, page_heading

PERIODS = ("month", "quarter", "year", "custom")
# The tiles: figure keys, headline first.
TILES = (
    "nps",
    "survey_response",
    "attendance.with_reminder.missed",
    "attendance.without_reminder.missed",
    "complaints_received",
    "complaints_answered_on_time",
    "complaints_acknowledge_days",
    "complaints_answer_days",
    "retention",
    "paper_reach",
    "messages_per_patient_mean",
    "messages_per_patient_p95",
    "messages_per_patient_max",
)
TILE_COLUMNS = 4
CHART_COLUMNS = 2
# The figures table's columns.
FIGURE, VALUE, NUMERATOR, DENOMINATOR = range(4)


def period_for(choice: str, today: date) -> tuple[date, date]:
    """This month, the last 3 or 12 calendar months (this one included), by first and last day."""
    first_of_month = today.replace(day=1)
    months_back = {"month": 0, "quarter": 2, "year": 11}[choice]
    first = first_of_month - relativedelta(months=months_back)
    last = first_of_month + relativedelta(months=1) - relativedelta(days=1)
    return first, last


@dataclass(frozen=True)
class DashboardRead:
    """What the worker hands back: the figures, and every purpose for the filter."""

    board: Dashboard
    purposes: list[PurposeName]


class FiguresModel(QAbstractTableModel):
    """Every figure of a dashboard (a couple of hundred rows): label, value and counts;
    the tooltip of a row says how it is computed."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.figures: list[Figure] = []
        self.labels: list[str] = []
        self.values: list[str] = []
        self.hows: list[str] = []

    def set_rows(self, rows: list[tuple[Figure, str, str, str]]) -> None:
        self.beginResetModel()
        self.figures = [r[0] for r in rows]
        self.labels = [r[1] for r in rows]
        self.values = [r[2] for r in rows]
        self.hows = [r[3] for r in rows]
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008 -- Qt's signature
        return 0 if parent.isValid() else len(self.figures)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008 -- Qt's signature
        return 0 if parent.isValid() else 4

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.hows[row]
        if role == Qt.ItemDataRole.TextAlignmentRole and column != FIGURE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _text(self, row: int, column: int) -> str:
        if column == FIGURE:
            return self.labels[row]
        if column == VALUE:
            return self.values[row]
        figure = self.figures[row]
        count = figure.numerator if column == NUMERATOR else figure.denominator
        return "" if count is None else QLocale().toString(count)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return [self.tr("Figure"), self.tr("Value"), self.tr("Numerator"), self.tr("Denominator")][
            section
        ]


class Tile(QFrame):
    """One headline figure: what it is, its value, and what it is made of."""

    def __init__(self, key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key = key
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.title = QLabel()
        self.title.setWordWrap(True)
        self.value = QLabel("—")
        font = self.value.font()
        font.setPointSizeF(font.pointSizeF() * 1.8)
        font.setBold(True)
        self.value.setFont(font)
        self.detail = QLabel()
        self.detail.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.value)
        layout.addWidget(self.detail)
        layout.addStretch(1)
        self.setMinimumWidth(180)

    def show_figure(self, title: str, value: str, detail: str, how: str) -> None:
        self.title.setText(title)
        self.value.setText(value)
        self.detail.setText(detail)
        self.setToolTip(how)
        self.setAccessibleName(f"{title}: {value}")
        self.setAccessibleDescription(f"{detail}. {how}")


class DashboardPage(QWidget):
    """The Dashboard page of the main window.

    Attributes:
        board: the dashboard on screen (None before the first computation).
        tiles: the headline figures by key.
        charts: the charts on screen, by name (delivery, coverage, stops,
            attendance, nps, intrusion).
        model: every figure, for the table.

    Signals:
        computed(): a fresh dashboard is on screen.
    """

    computed = Signal()

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.board: Dashboard | None = None
        self.job: BackgroundTask | None = None
        self._again = False
        self._purposes: list[PurposeName] = []
        self.charts: dict[str, FigureChart] = {}

        filters = self._build_filters()
        self.tiles = {key: Tile(key) for key in TILES}
        tiles = QGridLayout()
        for index, tile in enumerate(self.tiles.values()):
            tiles.addWidget(tile, index // TILE_COLUMNS, index % TILE_COLUMNS)
        self.chart_grid = QGridLayout()
        self.model = FiguresModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(FIGURE, QHeaderView.ResizeMode.Stretch)
        self.table.setMinimumHeight(320)
        self.table.setAccessibleName(self.tr("Every figure"))

        content = QWidget()
        body = QVBoxLayout(content)
        body.addLayout(tiles)
        body.addLayout(self.chart_grid)
        every = QLabel(self.tr("Every figure"))
        every.setBuddy(self.table)
        body.addWidget(every)
        body.addWidget(self.table)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(content)
        scroll.setFrameShape(QFrame.Shape.NoFrame)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 24, 24, 24)
        layout.addWidget(page_heading(self.tr("Trust dashboard"), self))
        layout.addLayout(filters)
        layout.addWidget(self.status)
        layout.addWidget(scroll, 1)

        self._set_period_dates()
        self.period.currentIndexChanged.connect(self._period_changed)
        self.first_day.dateChanged.connect(self._dates_changed)
        self.last_day.dateChanged.connect(self._dates_changed)
        self.purpose.currentIndexChanged.connect(self._filter_changed)
        self.channel.currentIndexChanged.connect(self._filter_changed)
        self.export_button.clicked.connect(self.export_csv)
        self.report_button.clicked.connect(self.open_report)
        self._shown_once = False

    def _build_filters(self) -> QHBoxLayout:
        """The period, purpose and channel choosers, and the export button, in a row."""
        self.period = QComboBox()
        for choice, text in zip(
            PERIODS,
            (
                self.tr("This month"),
                self.tr("Last 3 months"),
                self.tr("Last 12 months"),
                self.tr("Custom dates"),
            ),
            strict=True,
        ):
            self.period.addItem(text, choice)
        self.period.setAccessibleName(self.tr("Period"))
        self.first_day = QDateEdit()
        self.last_day = QDateEdit()
        for edit, name in ((self.first_day, self.tr("From")), (self.last_day, self.tr("To"))):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd/MM/yyyy")
            edit.setAccessibleName(name)
        self.purpose = QComboBox()
        self.purpose.addItem(self.tr("All purposes"), None)
        self.purpose.setAccessibleName(self.tr("Purpose"))
        self.channel = QComboBox()
        self.channel.addItem(self.tr("All channels"), None)
        for channel, name in words.channel_names().items():
            self.channel.addItem(name, channel.value)
        self.channel.setAccessibleName(self.tr("Channel"))
        self.export_button = QPushButton(self.tr("Export CSV…"))
        self.export_button.setToolTip(
            self.tr("Save every figure on screen as a spreadsheet file, one row per figure.")
        )
        self.export_button.setEnabled(False)
        self.report_button = QPushButton(self.tr("Transparency &report…"))
        self.report_button.setToolTip(
            self.tr(
                "The transparency report for the waiting room, for the period chosen here, "
                "or the record of processing (GDPR Article 30), as a PDF."
            )
        )
        # The same people as on the Data-rights page: the report counts security events.
        self.report_button.setEnabled(self.context.actor.can(Permission.VIEW_AUDIT))
        self.report_dialog: ReportDialog | None = None
        self.status = QLabel()
        self.status.setWordWrap(True)

        filters = QHBoxLayout()
        for label, widget in (
            (self.tr("&Period:"), self.period),
            (self.tr("&From:"), self.first_day),
            (self.tr("&To:"), self.last_day),
            (self.tr("P&urpose:"), self.purpose),
            (self.tr("C&hannel:"), self.channel),
        ):
            caption = QLabel(label)
            caption.setBuddy(widget)
            filters.addWidget(caption)
            filters.addWidget(widget)
        filters.addStretch(1)
        filters.addWidget(self.export_button)
        filters.addWidget(self.report_button)

        return filters

    # -- filters -----------------------------------------------------------------------

    def today(self) -> date:
        return self.context.settings.today(self.context.clock)

    def _set_period_dates(self) -> None:
        choice = str(self.period.currentData())
        custom = choice == "custom"
        self.first_day.setEnabled(custom)
        self.last_day.setEnabled(custom)
        if custom:
            return
        first, last = period_for(choice, self.today())
        for edit, day in ((self.first_day, first), (self.last_day, last)):
            edit.blockSignals(True)
            edit.setDate(QDate(day.year, day.month, day.day))
            edit.blockSignals(False)

    def _period_changed(self) -> None:
        self._set_period_dates()
        self._filter_changed()

    def _dates_changed(self) -> None:
        if self.period.currentData() == "custom":
            self._filter_changed()

    def _filter_changed(self) -> None:
        if self._shown_once:
            self.refresh()

    def current_filter(self) -> DashboardFilter:
        """The filter the widgets say (raises ValidationError for a period in the wrong order)."""
        first = self.first_day.date()
        last = self.last_day.date()
        purpose = self.purpose.currentData()
        channel = self.channel.currentData()
        return DashboardFilter(
            date(first.year(), first.month(), first.day()),
            date(last.year(), last.month(), last.day()),
            purposes=None if purpose is None else {str(purpose)},
            channels=None if channel is None else {Channel(channel)},
        )

    # -- computing ---------------------------------------------------------------------

    def busy(self) -> bool:
        return self.job is not None and not self.job.done

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._shown_once:
            self._shown_once = True
            self.refresh()

    def refresh(self) -> None:
        """Compute the figures again on the database worker."""
        if self.busy():
            self._again = True
            return
        try:
            flt = self.current_filter()
        except RelaisError:
            self._show_status(self.tr("The period ends before it starts."), error=True)
            return
        self._show_status(self.tr("Computing the figures…"), error=False)
        context = self.context
        zone = context.settings.zone()

        def read(_progress: Progress) -> DashboardRead:
            with context.database.read_session() as session:
                board = dashboard.compute(session, flt, zone, now=context.clock.now())
                every = [
                    PurposeName(p.code, p.name_fr, p.name_en) for p in consent.purposes(session)
                ]
                return DashboardRead(board, every)

        self.job = run_in_background(
            self, self.tr("Computing the dashboard"), read, self.apply, self._failed
        )
        self.job.finished.connect(self._job_finished)

    def _job_finished(self) -> None:
        if self._again:
            self._again = False
            self.refresh()

    def _failed(self, error: BaseException) -> None:
        if not isinstance(error, RelaisError):
            raise error
        self._show_status(
            self.tr("The figures could not be computed: %1").replace("%1", str(error)), error=True
        )

    def _show_status(self, text: str, *, error: bool) -> None:
        self.status.setText(("⚠ " if error else "") + text)
        self.status.setStyleSheet(ERROR_STYLE if error else "")

    # -- showing -----------------------------------------------------------------------

    def apply(self, read: DashboardRead) -> None:
        """Show a fresh computation: purposes for the filter, tiles, charts, table."""
        self.board = read.board
        self._fill_purposes(read.purposes)
        board = read.board
        for key, tile in self.tiles.items():
            figure = board.figure(key)
            tile.show_figure(
                self.tile_title(figure), self.format_value(figure), self.made_of(figure),
                self.how(figure),
            )  # fmt: skip
        self._build_charts(board)
        self.model.set_rows(
            [(f, self.figure_label(f), self.format_value(f), self.how(f)) for f in board.figures]
        )
        self.export_button.setEnabled(True)
        locale = QLocale()
        first, last = board.filter.period_start, board.filter.period_end
        long = QLocale.FormatType.LongFormat
        first_text = locale.toString(QDate(first.year, first.month, first.day), long)
        last_text = locale.toString(QDate(last.year, last.month, last.day), long)
        self._show_status(
            self.tr("From %1 to %2; hover over a figure to see how it is computed.")
            .replace("%1", first_text)
            .replace("%2", last_text),
            error=False,
        )
        self.computed.emit()

    def _fill_purposes(self, purposes: list[PurposeName]) -> None:
        if [p.code for p in purposes] == [p.code for p in self._purposes]:
            return
        self._purposes = purposes
        chosen = self.purpose.currentData()
        language = words.screen_language()
        self.purpose.blockSignals(True)
        self.purpose.clear()
        self.purpose.addItem(self.tr("All purposes"), None)
        for purpose in purposes:
            self.purpose.addItem(purpose.in_language(language), purpose.code)
        index = self.purpose.findData(chosen)
        self.purpose.setCurrentIndex(max(0, index))
        self.purpose.blockSignals(False)

    # -- words -------------------------------------------------------------------------

    def how(self, figure: Figure) -> str:
        return words.hows().get(figure.family, figure.how)

    def tile_title(self, figure: Figure) -> str:
        if figure.key == "attendance.with_reminder.missed":
            return self.tr("Missed appointments, with a reminder")
        if figure.key == "attendance.without_reminder.missed":
            return self.tr("Missed appointments, without a reminder")
        return words.labels().get(figure.family, figure.label)

    def figure_label(self, figure: Figure) -> str:
        """The family's label, then what the figure is about: purpose, channel, detail."""
        parts = [words.labels().get(figure.family, figure.label)]
        if figure.purpose is not None and self.board is not None:
            parts.append(self.board.purpose_name(figure.purpose, words.screen_language()))
        if figure.channel is not None:
            parts.append(words.channel_names()[figure.channel])
        if figure.detail is not None:
            detail_words = words.details()
            parts.append(" ".join(detail_words.get(p, p) for p in figure.detail.split(".")))
        return " — ".join(parts)

    def format_value(self, figure: Figure) -> str:
        value = figure.value
        if value is None:
            return "—"
        locale = QLocale()
        if figure.unit == SHARE:
            percent = value * 100
            return locale.toString(percent, "f", 1 if 0 < percent < 10 else 0) + " %"
        if figure.unit == SCORE:
            return ("+" if value > 0 else "") + locale.toString(value, "f", 0)
        if figure.unit == COUNT:
            return locale.toString(int(value))
        if figure.unit == DAYS:
            return self.tr("%1 days").replace("%1", locale.toString(value, "f", 1))
        return locale.toString(value, "f", 1 if value != int(value) else 0)

    def made_of(self, figure: Figure) -> str:
        locale = QLocale()
        if figure.unit == SHARE and figure.denominator is not None:
            return (
                self.tr("%1 of %2")
                .replace("%1", locale.toString(figure.numerator or 0))
                .replace("%2", locale.toString(figure.denominator))
            )
        if figure.unit == SCORE:
            return self.tr("%n answer(s)", "", figure.denominator or 0)
        if figure.unit == DAYS:
            return self.tr("%n complaint(s) done", "", figure.denominator or 0)
        if figure.unit == dashboard.PER_PATIENT:
            return self.tr("over %n patient-month(s)", "", figure.denominator or 0)
        return ""

    def month_name(self, label: str) -> str:
        year, month = (int(part) for part in label.split("-"))
        return QLocale().toString(QDate(year, month, 1), "MMM yyyy")

    # -- charts ------------------------------------------------------------------------

    def _build_charts(self, board: Dashboard) -> None:
        for chart in self.charts.values():
            # Hidden and unparented now: deleteLater alone would leave it painted on
            # top of its successor until the event loop comes round.
            self.chart_grid.removeWidget(chart)
            chart.hide()
            chart.setParent(None)
            chart.deleteLater()
        self.charts = {}
        names = words.channel_names()
        detail = words.details()
        language = words.screen_language()
        channels = [names[c] for c in board.channels]
        purposes = [board.purpose_name(p.code, language) for p in board.purposes]
        months = [self.month_name(m) for m in board.months]

        codes = [c.value for c in board.channels]

        def by_purpose(family: str) -> list[str]:
            return [f"{family}.{p.code}" for p in board.purposes]

        def by_month(family: str) -> list[float | None]:
            return [board.value(f"{family}.{m}") for m in board.months]

        def numerators(keys: list[str]) -> list[float | None]:
            return [float(board.figure(k).numerator or 0) for k in keys]

        def percents(keys: list[str]) -> list[float | None]:
            values = [board.value(k) for k in keys]
            return [None if v is None else round(v * 100, 1) for v in values]

        self.charts["delivery"] = bar_chart(
            self.tr("Messages by channel and outcome"),
            channels,
            [
                Series(detail[o], numerators([f"delivery_outcome.{c}.{o}" for c in codes]))
                for o in dashboard.DELIVERY_OUTCOMES
            ],
            stacked=True,
        )  # fmt: skip
        self.charts["coverage"] = bar_chart(
            self.tr("Consent coverage by purpose (%)"),
            purposes,
            [Series(self.tr("covered"), percents(by_purpose("consent_coverage")))],
            horizontal=True,
            value_range=(0, 100),
        )  # fmt: skip
        self.charts["stops"] = bar_chart(
            self.tr("Opt-outs and objections by purpose (%)"),
            purposes,
            [
                Series(self.tr("opt-out"), percents(by_purpose("opt_out"))),
                Series(self.tr("objection"), percents(by_purpose("objection"))),
            ],
            horizontal=True,
        )  # fmt: skip
        groups = list(dashboard.REMINDER_GROUPS)
        self.charts["attendance"] = bar_chart(
            self.tr("Appointments with and without a reminder (%)"),
            [detail[g] for g in groups],
            [
                Series(detail[o.value], percents([f"attendance.{g}.{o.value}" for g in groups]))
                for o in dashboard.APPOINTMENT_OUTCOMES
            ],
            value_range=(0, 100),
        )  # fmt: skip
        self.charts["nps"] = line_chart(
            self.tr("Net Promoter Score by month"),
            months,
            [Series(self.tr("NPS"), by_month("nps_month"))],
            value_range=(-100, 100),
            fmt="{:+.0f}",
        )
        self.charts["intrusion"] = bar_chart(
            self.tr("Messages per patient per month"),
            months,
            [
                Series(self.tr("mean"), by_month("messages_per_patient_mean")),
                Series(self.tr("95th percentile"), by_month("messages_per_patient_p95")),
                Series(self.tr("most"), by_month("messages_per_patient_max")),
            ],
            fmt="{:.1f}",
        )  # fmt: skip
        hows = words.hows()
        chart_how = {
            "delivery": hows["delivery_outcome"],
            "coverage": hows["consent_coverage"],
            "stops": hows["opt_out"] + "\n\n" + hows["objection"],
            "attendance": hows["attendance"],
            "nps": hows["nps_month"],
            "intrusion": "\n\n".join(
                (hows["messages_per_patient_mean"], hows["messages_per_patient_p95"])
            ),
        }  # fmt: skip
        for index, (name, chart) in enumerate(self.charts.items()):
            chart.setToolTip(chart.toolTip() + "<br><br>" + chart_how[name].replace("\n", "<br>"))
            self.chart_grid.addWidget(chart, index // CHART_COLUMNS, index % CHART_COLUMNS)
            chart.show()  # a child added to a page already on screen stays hidden otherwise

    # -- export ------------------------------------------------------------------------

    def choose_file(self) -> Path | None:
        """Where to save the CSV (a file dialog); tests replace this."""
        assert self.board is not None
        flt = self.board.filter
        suggested = Path.home() / f"tableau-de-bord-{flt.period_start}-{flt.period_end}.csv"
        name, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Export the figures"), str(suggested), self.tr("CSV files (*.csv)")
        )
        return Path(name) if name else None

    def export_csv(self) -> Path | None:
        """Write the figures on screen to a CSV file the user chooses."""
        if self.board is None:
            return None
        path = self.choose_file()
        if path is None:
            return None
        labels = {f.key: self.figure_label(f) for f in self.board.figures}
        try:
            count = dashboard.export_csv(
                self.board, path, labels=labels, language=words.screen_language()
            )
        except OSError as error:
            why = error.strerror or str(error)
            self._show_status(
                self.tr("The file could not be written: %1").replace("%1", why), error=True
            )
            return None
        self._show_status(
            self.tr("%n figure(s) saved to %1.", "", count).replace("%1", str(path)), error=False
        )
        return path

    # -- transparency report -------------------------------------------------------------

    def open_report(self) -> ReportDialog:
        """The Data-rights page's report dialog, its period set to the dashboard's.

        Opened window-modal rather than exec'd, so the figures behind it stay
        on screen and a test can drive it."""
        dialog = ReportDialog(self.context, self)
        dialog.first_day.setDate(self.first_day.date())
        dialog.last_day.setDate(self.last_day.date())
        dialog.saved.connect(self._report_saved)
        dialog.finished.connect(dialog.deleteLater)
        dialog.finished.connect(self._report_closed)
        self.report_dialog = dialog
        dialog.open()
        return dialog

    def _report_saved(self, text: str) -> None:
        self._show_status(text, error=False)

    def _report_closed(self) -> None:
        self.report_dialog = None
