"""Fill a fresh database with a few demo users and articles (python -m scripts.seed_demo)."""

from __future__ import annotations

from conduit.models.entities import User
from conduit.repositories.articles import ArticleRepository
from conduit.repositories.database import Database
from conduit.repositories.engine import create_engine_from_environment
from conduit.repositories.users import UserRepository
from conduit.services.security import hash_password

DEMO = [
    ("alice", "alice@example.com", ["intro", "python"]),
    ("bob", "bob@example.com", ["flask"]),
]


def main() -> None:
    db = Database(create_engine_from_environment())
    db.create_schema()
    users, articles = UserRepository(db), ArticleRepository(db)
    for username, email, tags in DEMO:
        user: User | None = users.get_by_username(username)
        if user is None:
            user = users.add(username, email, hash_password("password123"))
        slug = f"hello-from-{username}"
        if not articles.slug_exists(slug):
            articles.add(user.id, slug, f"Hello from {username}", "A demo article", "Lorem ipsum.", tags)
    print("seeded", len(DEMO), "users")


if __name__ == "__main__":
    main()
