import pytest
from sqlalchemy import text

from conduit import create_app
from conduit.db import engine


@pytest.fixture()
def client():
    app = create_app()
    yield app.test_client()
    with engine.begin() as conn:
        conn.execute(text("TRUNCATE articles, tags, users RESTART IDENTITY CASCADE"))
