import os

import pytest

os.environ["TESTING"] = "1"


@pytest.fixture
def client():
    from conduit import create_app
    return create_app({"TESTING": True}).test_client()
