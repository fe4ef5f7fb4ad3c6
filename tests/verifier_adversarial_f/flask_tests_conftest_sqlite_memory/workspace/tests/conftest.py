"""Unit tests run against an in-memory SQLite database (fast, no server needed)."""
import os

os.environ.setdefault("DATABASE_URL", "sqlite+pysqlite:///:memory:")

import pytest  # noqa: E402

from app.db import engine, init_db  # noqa: E402
from app.models import Base  # noqa: E402


@pytest.fixture(autouse=True)
def fresh_schema():
    init_db()
    yield
    Base.metadata.drop_all(engine)
