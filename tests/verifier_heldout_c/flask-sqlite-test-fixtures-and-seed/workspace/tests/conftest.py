import os

import pytest

# Unit tests run against a throw-away in-memory SQLite database, never the real server.
os.environ.setdefault("DATABASE_URL", "sqlite+pysqlite:///:memory:")


@pytest.fixture()
def app():
    from app.db import Base, engine
    from app.main import create_app

    application = create_app()
    yield application
    Base.metadata.drop_all(engine)


@pytest.fixture()
def client(app):
    return app.test_client()
