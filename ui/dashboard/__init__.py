"""The trust dashboard page (issue 6, item 4)."""
