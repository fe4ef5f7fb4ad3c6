"""Persistence adapters (SQLAlchemy)."""
