from conduit.db import SessionLocal
from conduit.models.entities import Article


def touch(article: Article) -> None:
    session = SessionLocal()
    session.add(article)
    session.commit()
