"""The Dashboard page on a real database: figures, tooltips, charts, filters, export.

The data set is the one the figures are computed by hand on
(tests/app/test_dashboard.py, November 2026); this checks what the screen
makes of them.  Screenshots go to screenshots/ for a person to look at.
"""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCharts import QBarCategoryAxis
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app import dashboard
from tests.app.test_dashboard import practice_data  # noqa: F401 -- the shared known data set
from ui.context import UiContext
from ui.dashboard import words
from ui.dashboard.charts import FigureChart
from ui.dashboard.page import DashboardPage, period_for
from ui.i18n import install_translators, remove_translators
from ui.main_window import MainWindow

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

SHOTS = Path(__file__).resolve().parents[3] / "screenshots"  # with the others, looked at


def _computed(qtbot: QtBot, page: DashboardPage, change=None) -> None:
    with qtbot.waitSignal(page.computed, timeout=30_000):
        if change is None:
            page.show()
        else:
            change()


@pytest.fixture
def page(qtbot: QtBot, context: UiContext, practice_data) -> DashboardPage:  # noqa: F811 -- the fixture imported above
    shown = DashboardPage(context)
    qtbot.addWidget(shown)
    shown.resize(1400, 1900)
    _computed(qtbot, shown)
    return shown


def test_this_month_is_november(page: DashboardPage) -> None:
    assert page.board is not None
    assert page.board.filter.period_start.isoformat() == "2026-11-01"
    assert page.board.filter.period_end.isoformat() == "2026-11-30"
    assert "From" in page.status.text()


def test_tiles_show_the_figures_and_say_how_they_are_computed(page: DashboardPage) -> None:
    nps = page.tiles["nps"]
    assert nps.value.text() == "+25"
    assert nps.detail.text().startswith("4 answer")  # %n: the English plural is in the catalogue
    assert nps.toolTip() == dashboard.HOW["nps"]
    response = page.tiles["survey_response"]
    assert (response.value.text(), response.detail.text()) == ("80 %", "4 of 5")
    missed = page.tiles["attendance.with_reminder.missed"]
    assert (missed.value.text(), missed.detail.text()) == ("33 %", "1 of 3")
    assert "left before it" in missed.toolTip()
    assert page.tiles["complaints_received"].value.text() == "3"
    assert page.tiles["complaints_acknowledge_days"].value.text() == "3.0 days"
    assert page.tiles["messages_per_patient_mean"].value.text() == "1.4"
    assert page.tiles["paper_reach"].accessibleName() == "Reach of patients on paper only: 50 %"


def test_every_figure_is_in_the_table_with_its_counts(page: DashboardPage) -> None:
    model = page.model
    assert page.board is not None
    assert model.rowCount() == len(page.board.figures)
    row = next(i for i, f in enumerate(model.figures) if f.key == "opt_out.health_education.sms")
    # No catalogue installed: the screen speaks English, the source language, names too.
    assert model.data(model.index(row, 0)) == "Opt-out rate — Health education — SMS"
    assert [model.data(model.index(row, c)) for c in (1, 2, 3)] == ["50 %", "1", "2"]
    assert model.data(model.index(row, 0), 3) == dashboard.HOW["opt_out"]  # ToolTipRole


def test_charts_draw_each_number_and_say_them_in_words(page: DashboardPage) -> None:
    delivery = page.charts["delivery"]
    # Four outcomes (sent, failed, bounced, unknown) stacked on four channels.
    assert [s.count() for s in delivery.bar_sets()] == [4, 4, 4, 4]
    assert [s.at(0) for s in delivery.bar_sets()] == [3, 1, 0, 0]  # SMS
    assert "SMS: sent 3, failed 1, bounced 0, unknown 0" in delivery.accessibleDescription()
    attendance = page.charts["attendance"]
    assert [s.count() for s in attendance.bar_sets()] == [2, 2, 2]
    assert [round(s.at(0), 1) for s in attendance.bar_sets()] == [66.7, 33.3, 0.0]
    # November alone: one point of the NPS trend, three bars of messages per patient.
    assert [(p.x(), p.y()) for p in page.charts["nps"].points()] == [(0.0, 25.0)]
    assert [s.count() for s in page.charts["intrusion"].bar_sets()] == [1, 1, 1]
    stops = page.charts["stops"]
    assert [s.count() for s in stops.bar_sets()] == [7, 7]  # the seven purposes
    for chart in page.charts.values():
        assert chart.accessibleName() == chart.title
        assert chart.accessibleDescription()
        assert chart.numbers in chart.toolTip().replace("<br>", "\n")


ENGLISH_PURPOSES = [
    "Appointment reminder", "Medication reminder", "Screening and recall", "Vaccination",
    "Health education", "Satisfaction survey", "Practice events",
]  # fmt: skip
FRENCH_PURPOSES = [
    "Rappel de rendez-vous", "Rappel de traitement", "Dépistage et relance", "Vaccination",
    "Information santé", "Enquête de satisfaction", "Vie du cabinet",
]  # fmt: skip


def _categories(chart: FigureChart) -> list[str]:
    """The category axis's names, top down as the reader sees them."""
    axis = next(a for a in chart.chart().axes() if isinstance(a, QBarCategoryAxis))
    # Horizontal charts hand Qt the categories reversed (it draws the first at the bottom).
    return list(reversed(axis.categories()))


def _purpose_column(page: DashboardPage) -> list[str]:
    model = page.model
    return [
        model.data(model.index(row, 0))
        for row, figure in enumerate(model.figures)
        if figure.family == "consent_coverage" and figure.purpose is not None
    ]


def test_an_english_screen_names_the_purposes_in_english(page: DashboardPage) -> None:
    """Chart axes, the table, the purpose filter: the purposes' English names."""
    for name in ("coverage", "stops"):
        assert _categories(page.charts[name]) == ENGLISH_PURPOSES
        assert "Appointment reminder:" in page.charts[name].accessibleDescription()
    assert _purpose_column(page) == [f"Consent coverage — {n}" for n in ENGLISH_PURPOSES]
    assert [page.purpose.itemText(i) for i in range(1, page.purpose.count())] == ENGLISH_PURPOSES


@pytest.mark.usefixtures("practice_data")
def test_a_french_screen_names_the_purposes_in_french(
    qtbot: QtBot,
    qapp: QApplication,
    context: UiContext,
) -> None:
    install_translators(qapp, "fr")
    try:
        french = DashboardPage(context)
        qtbot.addWidget(french)
        _computed(qtbot, french)
        assert _categories(french.charts["coverage"]) == FRENCH_PURPOSES
        assert _categories(french.charts["stops"]) == FRENCH_PURPOSES
        names = [french.purpose.itemText(i) for i in range(1, french.purpose.count())]
        assert names == FRENCH_PURPOSES
        column = _purpose_column(french)
        assert [c.rsplit(" — ", 1)[1] for c in column] == FRENCH_PURPOSES
    finally:
        remove_translators(qapp)


@pytest.mark.usefixtures("practice_data")
def test_english_installed_names_the_purposes_in_english(
    qtbot: QtBot,
    qapp: QApplication,
    context: UiContext,
) -> None:
    """The English catalogue installed, as the application does for an English practice."""
    install_translators(qapp, "en")
    try:
        english = DashboardPage(context)
        qtbot.addWidget(english)
        _computed(qtbot, english)
        assert _categories(english.charts["coverage"]) == ENGLISH_PURPOSES
        assert _purpose_column(english) == [f"Consent coverage — {n}" for n in ENGLISH_PURPOSES]
    finally:
        remove_translators(qapp)


def test_a_channel_filter_computes_again(qtbot: QtBot, page: DashboardPage) -> None:
    sms = page.channel.findData("sms")
    _computed(qtbot, page, lambda: page.channel.setCurrentIndex(sms))
    assert page.board is not None
    assert [s.count() for s in page.charts["delivery"].bar_sets()] == [1, 1, 1, 1]
    # With a text reminder: A1 attended, A2 missed.
    assert page.tiles["attendance.with_reminder.missed"].detail.text() == "1 of 2"
    assert page.tiles["survey_response"].detail.text() == "1 of 1"


def test_a_purpose_filter_keeps_one_purpose(qtbot: QtBot, page: DashboardPage) -> None:
    education = page.purpose.findData("health_education")
    assert education > 0
    _computed(qtbot, page, lambda: page.purpose.setCurrentIndex(education))
    assert [s.count() for s in page.charts["coverage"].bar_sets()] == [1]
    assert page.charts["coverage"].bar_sets()[0].at(0) == 40.0
    assert page.tiles["paper_reach"].value.text() == "—"


def test_three_months_show_three_months_of_trend(qtbot: QtBot, page: DashboardPage) -> None:
    quarter = page.period.findData("quarter")
    _computed(qtbot, page, lambda: page.period.setCurrentIndex(quarter))
    assert page.board is not None
    assert page.board.months == ("2026-09", "2026-10", "2026-11")
    # October's one answer (0) and November's four; September has none: no point.
    assert [(p.x(), p.y()) for p in page.charts["nps"].points()] == [(1.0, -100.0), (2.0, 25.0)]
    assert [s.count() for s in page.charts["intrusion"].bar_sets()] == [3, 3, 3]


def test_custom_dates(qtbot: QtBot, page: DashboardPage) -> None:
    custom = page.period.findData("custom")
    page.period.setCurrentIndex(custom)
    assert page.first_day.isEnabled()
    qtbot.waitUntil(lambda: not page.busy(), timeout=30_000)
    _computed(qtbot, page, lambda: page.first_day.setDate(page.first_day.date().addDays(9)))
    assert page.board is not None
    assert page.board.filter.period_start.isoformat() == "2026-11-10"
    # From the 10th: C1 and C2 were received before; C3 only.
    assert page.tiles["complaints_received"].value.text() == "1"


def test_period_choices() -> None:
    from datetime import date

    today = date(2026, 11, 28)
    assert period_for("month", today) == (date(2026, 11, 1), date(2026, 11, 30))
    assert period_for("quarter", today) == (date(2026, 9, 1), date(2026, 11, 30))
    assert period_for("year", today) == (date(2025, 12, 1), date(2026, 11, 30))


def test_export_writes_every_figure(page: DashboardPage, tmp_path: Path) -> None:
    target = tmp_path / "figures.csv"
    page.choose_file = lambda: target  # type: ignore[method-assign]
    assert page.export_csv() == target
    with target.open(encoding="utf-8-sig", newline="") as source:
        rows = list(csv.reader(source))
    assert page.board is not None
    assert len(rows) == len(page.board.figures) + 1
    by_key = {row[0]: row for row in rows[1:]}
    assert by_key["nps"][1:5] == ["Net Promoter Score", "25", "1", "4"]
    assert by_key["delivery.sms"][1] == "Delivery rate — SMS"
    assert by_key["consent_coverage.health_education"][1:3] == [
        "Consent coverage — Health education",
        "0.4",
    ]
    assert "saved to" in page.status.text()


@pytest.mark.usefixtures("practice_data")
def test_export_in_french_is_read_by_french_excel(
    qtbot: QtBot,
    qapp: QApplication,
    context: UiContext,
    tmp_path: Path,
) -> None:
    """';' between columns, a decimal comma, the screen's French labels, French filters."""
    install_translators(qapp, "fr")
    try:
        french = DashboardPage(context)
        qtbot.addWidget(french)
        _computed(qtbot, french)
        sms = french.channel.findData("sms")
        _computed(qtbot, french, lambda: french.channel.setCurrentIndex(sms))
        target = tmp_path / "tableau-de-bord.csv"
        french.choose_file = lambda: target  # type: ignore[method-assign]
        assert french.export_csv() == target
        labels = {f.key: french.figure_label(f) for f in french.model.figures}
    finally:
        remove_translators(qapp)
    with target.open(encoding="utf-8-sig", newline="") as source:
        rows = list(csv.reader(source, delimiter=";"))
    assert rows[0][:3] == ["clé", "libellé", "valeur"]
    assert all(len(row) == 7 for row in rows)
    by_key = {row[0]: row for row in rows[1:]}
    response = by_key["survey_response"]
    assert response[1] == labels["survey_response"]  # what the screen says, in French
    assert response[2:5] == ["1", "1", "1"]  # by SMS: one invitation, answered
    assert response[6] == "canaux : SMS"
    coverage = by_key["consent_coverage.health_education"]
    assert coverage[1].endswith("Information santé")
    # By SMS, only P1 still allows health education: 1 of 5.
    assert coverage[2:5] == ["0,2", "1", "5"]
    assert "finalités" not in coverage[6]  # no purpose chosen: nothing to say


def test_the_screen_says_what_the_code_computes() -> None:
    """The tooltips (translatable here) are the app's English, word for word."""
    assert words.hows() == dashboard.HOW
    assert words.labels() == dashboard.LABELS


def test_the_main_window_opens_the_dashboard(qtbot: QtBot, context: UiContext) -> None:
    window = MainWindow(context, unlocker=lambda _context, _parent: False)
    qtbot.addWidget(window)
    window.show_page("dashboard")
    assert isinstance(window.current_page(), DashboardPage)


def test_screenshots(
    qtbot: QtBot, qapp: QApplication, context: UiContext, page: DashboardPage
) -> None:
    """The page with its charts, in English and in French, for a person to look at."""
    SHOTS.mkdir(parents=True, exist_ok=True)
    quarter = page.period.findData("quarter")
    _computed(qtbot, page, lambda: page.period.setCurrentIndex(quarter))
    assert page.grab().save(str(SHOTS / "dashboard-en.png"))
    for name, chart in page.charts.items():
        assert chart.grab().save(str(SHOTS / f"chart-{name}.png"))
    assert _categories(page.charts["coverage"]) == ENGLISH_PURPOSES
    install_translators(qapp, "fr")
    try:
        french = DashboardPage(context)
        qtbot.addWidget(french)
        french.resize(1400, 1900)
        _computed(qtbot, french)
        assert french.tiles["nps"].value.text() == "+25"
        assert _categories(french.charts["coverage"]) == FRENCH_PURPOSES
        assert french.grab().save(str(SHOTS / "dashboard-fr.png"))
    finally:
        remove_translators(qapp)


def _pdf_text(path: Path) -> str:
    return " ".join(" ".join(p.extract_text().split()) for p in PdfReader(path).pages)


def test_the_transparency_report_button_writes_the_dashboards_period(
    qtbot: QtBot, page: DashboardPage, tmp_path: Path
) -> None:
    """The Data-rights page's dialog, opened on the period on screen (the last three
    months here, not the dialog's own default, the last full quarter)."""
    assert page.report_button.isEnabled()  # the suite's admin may see security events
    quarter = page.period.findData("quarter")
    _computed(qtbot, page, lambda: page.period.setCurrentIndex(quarter))
    page.report_button.click()
    dialog = page.report_dialog
    assert dialog is not None
    assert dialog.isVisible()
    assert dialog.transparency.isChecked()
    assert (dialog.first_day.date(), dialog.last_day.date()) == (
        QDate(2026, 9, 1),
        QDate(2026, 11, 30),
    )
    assert dialog.default_name() == "rapport-de-transparence-2026-09-01-2026-11-30.pdf"
    SHOTS.mkdir(parents=True, exist_ok=True)
    assert dialog.grab().save(str(SHOTS / "dashboard-report-dialog.png"))
    target = tmp_path / "rapport.pdf"
    dialog.choose_file = lambda: target  # type: ignore[method-assign]
    with qtbot.waitSignal(dialog.saved, timeout=30_000):
        assert dialog.save() is not None
    qtbot.waitUntil(lambda: page.report_dialog is None, timeout=5_000)
    assert page.status.text() == f"The transparency report was saved to {target}."
    text = _pdf_text(target)
    assert "Du 1 septembre 2026 au 30 novembre 2026" in text
    for name in ("Alpha", "Bravo", "Charlie", "Delta", "Echo"):
        assert name not in text


@pytest.mark.usefixtures("practice_data")
def test_a_receptionist_gets_no_transparency_report(
    qtbot: QtBot,
    context: UiContext,
) -> None:
    from dataclasses import replace

    from app.access import Actor
    from db.models import Role

    desk = replace(context, actor=Actor(user_id=None, username="nadia", role=Role.RECEPTIONIST))
    shown = DashboardPage(desk)
    qtbot.addWidget(shown)
    assert not shown.report_button.isEnabled()
