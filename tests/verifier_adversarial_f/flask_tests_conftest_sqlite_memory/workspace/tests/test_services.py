from app.services import users


def test_register_returns_token():
    user = users.register({"username": "alice", "email": "alice@example.com", "password": "password123"})
    assert user["token"]
