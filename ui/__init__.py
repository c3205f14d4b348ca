"""PySide6 widgets, models and dialogs. Talks to ``app`` only, never to ``db`` directly."""
