"""Conduit application code, one package per layer."""
