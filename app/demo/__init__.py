"""Deterministic demo data for Fieldbook."""
