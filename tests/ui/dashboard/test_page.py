"""The Dashboard page on a real database: figures, tooltips, charts, filters, export.

The data set is the one the figures are computed by hand on
(tests/app/test_dashboard.py, November 2026); this checks what the screen
makes of them.  Screenshots go to /tmp/dashboard-helper for a person to look at.
"""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app import dashboard
from tests.app.test_dashboard import practice_data  # noqa: F401 -- the shared known data set
from ui.context import UiContext
from ui.dashboard import words
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
    # Purpose names follow current_language() (French unless English is installed).
    assert model.data(model.index(row, 0)) == "Opt-out rate — Information santé — SMS"
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
    assert "saved to" in page.status.text()


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
    install_translators(qapp, "fr")
    try:
        french = DashboardPage(context)
        qtbot.addWidget(french)
        french.resize(1400, 1900)
        _computed(qtbot, french)
        assert french.tiles["nps"].value.text() == "+25"
        assert french.grab().save(str(SHOTS / "dashboard-fr.png"))
    finally:
        remove_translators(qapp)
