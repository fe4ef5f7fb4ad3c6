"""Data access through SQLAlchemy sessions; one repository per aggregate, grouped by a unit of work."""

from conduit.repositories.database import Conflict, Database, UnitOfWork

__all__ = ["Conflict", "Database", "UnitOfWork"]
