from sqlalchemy import select

from conduit.db import SessionLocal
from conduit.models.entities import Article


def list_slugs():
    session = SessionLocal()
    return list(session.scalars(select(Article.slug)))
