"""Conduit: the RealWorld blogging API in four layers (models, repositories, services, routes)."""
