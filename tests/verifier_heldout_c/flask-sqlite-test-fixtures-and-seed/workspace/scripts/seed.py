"""Fill a development database with a few users and articles: python -m scripts.seed"""
from app.db import init_db
from app.services.articles import ArticleService
from app.services.users import UserService


def main() -> None:
    init_db()
    users = UserService()
    alice = users.register("alice", "alice@example.com", "password1")
    ArticleService().create(alice, {"title": "Hello", "description": "first", "body": "hi", "tagList": ["intro"]})


if __name__ == "__main__":
    main()
