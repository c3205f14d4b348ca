"""Feedback: what patients say of the practice (issue 6).

The complaints register (:mod:`ui.feedback.complaints`) and the satisfaction
surveys (:mod:`ui.feedback.surveys`).
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from ui.context import UiContext
from ui.feedback.complaints import ComplaintsTab
from ui.feedback.surveys import SurveysTab
from ui.style import page_heading


class FeedbackPage(QWidget):
    """The Feedback page of the main window.

    Attributes:
        tabs: one tab per kind of feedback.
        complaints: the complaints register.
        surveys: the survey invitations and their answers.

    Signals:
        changed(): a complaint was recorded or moved on (Today shows the overdue ones).
    """

    changed = Signal()

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.complaints = ComplaintsTab(context, self)
        self.complaints.changed.connect(self.changed)
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.complaints, self.tr("&Complaints"))
        self.surveys = SurveysTab(context, self)
        self.tabs.addTab(self.surveys, self.tr("&Surveys"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 24, 24, 24)
        layout.addWidget(page_heading(self.tr("Feedback"), self))
        layout.addWidget(self.tabs, 1)

    def new_record(self) -> int | None:
        """Ctrl+N: a new complaint (the only kind of feedback recorded by hand so far)."""
        self.tabs.setCurrentWidget(self.complaints)
        return self.complaints.new_record()

    def refresh(self) -> None:
        self.complaints.refresh()
        self.surveys.refresh()
