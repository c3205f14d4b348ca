"""Importers: files from other software turned into Relais records.

Each importer is a plain function that takes the caller's Session, a clock, the
acting user and the file's bytes, validates everything through the same
services as the screens, and returns a report of what it did and what it
refused, row by row.
"""
