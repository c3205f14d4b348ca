"""The Reminders area's message templates: the editor with its live preview."""
