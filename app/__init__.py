"""Fieldbook: offline-first case, training and micro-credit records for district field offices."""

__version__ = "0.1.0"
