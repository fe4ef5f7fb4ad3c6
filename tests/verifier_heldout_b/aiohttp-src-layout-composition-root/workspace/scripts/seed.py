"""Seed a development database with a demo user and article (never run by run.sh)."""
from conduit.container import build_services

if __name__ == "__main__":
    services = build_services()
    out = services.users.register({"user": {"email": "demo@example.com", "username": "demo", "password": "demo-password"}})
    viewer = services.users.authenticate("Token " + out["user"]["token"])
    services.articles.create(viewer, {"article": {"title": "Hello", "description": "First post", "body": "It works.", "tagList": ["intro"]}})
