from sqlalchemy import create_engine

from conduit.repositories.articles import ArticleRepository
from conduit.repositories.database import Database
from conduit.repositories.users import UserRepository


def make_db() -> Database:
    db = Database(create_engine("sqlite://"))
    db.create_schema()
    return db


def test_search_by_tag():
    db = make_db()
    author = UserRepository(db).add("ann", "ann@example.com", "x")
    repo = ArticleRepository(db)
    repo.add(author.id, "a", "A", "d", "b", ["red"])
    repo.add(author.id, "b", "B", "d", "b", ["blue"])
    rows, total = repo.search(tag="red")
    assert total == 1 and rows[0].slug == "a"
