from config.wiring import Session
from conduit.repositories.users import UserRepository


def test_profile_is_returned(client):
    UserRepository(Session).add(username="jake", bio="I work at statefarm", image=None)
    response = client.get("/api/profiles/jake")
    assert response.status_code == 200
    assert response.json()["profile"]["username"] == "jake"


def test_unknown_profile_is_404(client):
    assert client.get("/api/profiles/nobody").status_code == 404
