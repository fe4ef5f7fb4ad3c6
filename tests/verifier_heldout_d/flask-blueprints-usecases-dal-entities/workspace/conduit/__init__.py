"""Conduit (RealWorld) backend."""
