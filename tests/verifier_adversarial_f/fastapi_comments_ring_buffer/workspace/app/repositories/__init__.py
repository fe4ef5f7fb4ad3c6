"""Data access."""
