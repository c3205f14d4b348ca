"""The Reminders screen: appointments, one-off reminders, recall programmes, medication."""
