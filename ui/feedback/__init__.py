"""Screens for what patients say of the practice: complaints (surveys to come)."""
