"""Conduit (RealWorld) API."""
