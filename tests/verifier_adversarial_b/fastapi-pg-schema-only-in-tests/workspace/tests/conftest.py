import pytest
from fastapi.testclient import TestClient
from conduit import models  # noqa: F401
from conduit.db import Base, engine
from conduit.main import app


@pytest.fixture(autouse=True)
def schema():
    Base.metadata.create_all(engine)
    yield
    Base.metadata.drop_all(engine)


@pytest.fixture
def client():
    return TestClient(app)
