"""Service tests against an in-memory SQLite database (SQLITE_PATH unset)."""
import os

os.environ.pop("SQLITE_PATH", None)

from conduit.container import build_services  # noqa: E402


def test_register_then_login():
    services = build_services()
    body = {"user": {"email": "a@example.com", "username": "alice", "password": "correct horse"}}
    assert services.users.register(body)["user"]["username"] == "alice"
    logged_in = services.users.login({"user": {"email": "a@example.com", "password": "correct horse"}}, "127.0.0.1")
    assert logged_in["user"]["token"]
