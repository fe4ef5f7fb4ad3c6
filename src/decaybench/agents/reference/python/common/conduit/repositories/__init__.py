"""Data access through SQLAlchemy sessions; one repository per aggregate, grouped by a unit of work."""

from conduit.repositories.database import Database, UnitOfWork

__all__ = ["Database", "UnitOfWork"]
