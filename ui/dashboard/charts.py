"""The dashboard's charts (Qt Charts), each with its numbers in words beside the colours.

Every chart is a :class:`FigureChart`: a ``QChartView`` whose accessible
description and tooltip list the numbers it draws, so a screen reader, a
colour-blind reader and a printout all get them; the bars carry their values
as labels too.  The builders take plain numbers (:class:`Series`), already
translated, so they know nothing of the database.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QLineSeries,
    QStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QMargins, QPointF, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QWidget

CHART_HEIGHT = 280


@dataclass(frozen=True)
class Series:
    """One set of bars (or one line): its name and a value per category (None: no value)."""

    name: str
    values: Sequence[float | None]


class FigureChart(QChartView):
    """A chart with its numbers as text (accessible description and tooltip).

    Attributes:
        title: the chart's title.
        numbers: the numbers it shows, one line per category, in words.
    """

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        chart = QChart()
        chart.setTitle(title)
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        chart.setMargins(QMargins(4, 4, 4, 4))
        super().__init__(chart, parent)
        self.title = title
        self.numbers = ""
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(CHART_HEIGHT)
        self.setAccessibleName(title)

    def describe(self, lines: Sequence[str]) -> None:
        self.numbers = "\n".join(lines)
        self.setAccessibleDescription(self.numbers)
        self.setToolTip(f"<b>{self.title}</b><br>" + "<br>".join(lines))

    def bar_sets(self) -> list[QBarSet]:
        found: list[QBarSet] = []
        for series in self.chart().series():
            if isinstance(series, QBarSeries | QStackedBarSeries | QHorizontalBarSeries):
                found += series.barSets()
        return found

    def points(self) -> list[QPointF]:
        found: list[QPointF] = []
        for series in self.chart().series():
            if isinstance(series, QLineSeries):
                found += series.points()
        return found


def _lines(categories: Sequence[str], series: Sequence[Series], fmt: str) -> list[str]:
    lines = []
    for index, category in enumerate(categories):
        parts = [
            f"{s.name} {fmt.format(s.values[index])}" for s in series if s.values[index] is not None
        ]
        lines.append(f"{category}: " + ", ".join(parts) if parts else f"{category}: —")
    return lines


def bar_chart(
    title: str,
    categories: Sequence[str],
    series: Sequence[Series],
    *,
    stacked: bool = False,
    horizontal: bool = False,
    fmt: str = "{:g}",
    value_range: tuple[float, float] | None = None,
    parent: QWidget | None = None,
) -> FigureChart:
    """Bars per category, one set per series (stacked or side by side)."""
    view = FigureChart(title, parent)
    chart = view.chart()
    lines = _lines(categories, series, fmt)
    if horizontal:
        # Qt draws the first category at the bottom: reversed, the list reads top down.
        categories = list(reversed(categories))
        series = [Series(s.name, list(reversed(s.values))) for s in series]
    if stacked:
        bars: QBarSeries | QStackedBarSeries | QHorizontalBarSeries = QStackedBarSeries()
    elif horizontal:
        bars = QHorizontalBarSeries()
    else:
        bars = QBarSeries()
    for one in series:
        bar_set = QBarSet(one.name)
        bar_set.append([0.0 if v is None else float(v) for v in one.values])
        bars.append(bar_set)
    bars.setLabelsVisible(True)
    bars.setLabelsFormat("@value")
    chart.addSeries(bars)
    category_axis = QBarCategoryAxis()
    category_axis.append(list(categories))
    value_axis = QValueAxis()
    values = [v for s in series for v in s.values if v is not None]
    top = max(values, default=0.0)
    if stacked:
        top = max(
            (sum(s.values[i] or 0.0 for s in series) for i in range(len(categories))), default=0.0
        )
    low, high = value_range if value_range is not None else (0.0, max(1.0, top * 1.15))
    value_axis.setRange(low, high)
    if value_range is None:
        value_axis.applyNiceNumbers()  # ticks at 0, 1, 2... or 0, 10, 20..., never 1.15
    value_axis.setLabelFormat("%g")
    if horizontal:
        chart.addAxis(category_axis, Qt.AlignmentFlag.AlignLeft)
        chart.addAxis(value_axis, Qt.AlignmentFlag.AlignBottom)
    else:
        chart.addAxis(category_axis, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(value_axis, Qt.AlignmentFlag.AlignLeft)
    bars.attachAxis(category_axis)
    bars.attachAxis(value_axis)
    view.describe(lines)
    return view


def line_chart(
    title: str,
    categories: Sequence[str],
    series: Sequence[Series],
    *,
    value_range: tuple[float, float],
    fmt: str = "{:g}",
    parent: QWidget | None = None,
) -> FigureChart:
    """A line per series over the categories (months); a category without a value is a gap."""
    view = FigureChart(title, parent)
    chart = view.chart()
    category_axis = QBarCategoryAxis()
    category_axis.append(list(categories))
    value_axis = QValueAxis()
    value_axis.setRange(*value_range)
    value_axis.setLabelFormat("%g")
    chart.addAxis(category_axis, Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(value_axis, Qt.AlignmentFlag.AlignLeft)
    for one in series:
        line = QLineSeries()
        line.setName(one.name)
        for index, value in enumerate(one.values):
            if value is not None:
                line.append(float(index), float(value))
        line.setPointsVisible(True)
        line.setPointLabelsVisible(True)
        line.setPointLabelsFormat("@yPoint")
        chart.addSeries(line)
        line.attachAxis(category_axis)
        line.attachAxis(value_axis)
    view.describe(_lines(categories, series, fmt))
    return view
