"""Tests of the message template editor."""
