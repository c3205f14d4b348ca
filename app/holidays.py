"""French public holidays (metropolitan France), for quiet days and working-day deadlines.

Eleven days a year: the fixed ones and three that follow Easter (Monday,
Ascension Thursday, Whit Monday).  Alsace-Moselle's two extra days (Good
Friday, 26 December) and the overseas departments' abolition days are not
included.  Nothing adds them yet: a patient's quiet days
(``app.preferences``) are days of the week for messages to that patient, and
the practice has no setting for its own closed days, so complaint deadlines
(``app.complaints``) count those days as working days.
"""

from __future__ import annotations

from datetime import date, timedelta
from functools import cache

from dateutil.easter import easter

_FIXED = ((1, 1), (5, 1), (5, 8), (7, 14), (8, 15), (11, 1), (11, 11), (12, 25))


@cache
def french_public_holidays(year: int) -> frozenset[date]:
    sunday = easter(year)
    moving = (sunday + timedelta(days=1), sunday + timedelta(days=39), sunday + timedelta(days=50))
    return frozenset({date(year, month, day) for month, day in _FIXED} | set(moving))


def is_public_holiday(day: date) -> bool:
    return day in french_public_holidays(day.year)
