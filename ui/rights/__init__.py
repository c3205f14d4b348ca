"""Screens for patients' data rights: the register of requests."""
