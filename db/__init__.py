"""Persistence: the encrypted database, its keys, models and migrations.

Nothing here imports ``app`` or Qt (enforced by import-linter).
"""
