import pytest

from conduit.database import make_engine
from conduit.main import build_app


@pytest.fixture
async def client(aiohttp_client):
    engine = make_engine("sqlite:///:memory:")
    return await aiohttp_client(build_app(engine))
