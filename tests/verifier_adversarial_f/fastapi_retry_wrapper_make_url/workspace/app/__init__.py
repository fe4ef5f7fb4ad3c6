"""Conduit API."""
