from sqlalchemy import select

from .models import Article, SessionLocal


def list_articles(limit: int, offset: int) -> list[Article]:
    with SessionLocal() as session:
        return list(session.scalars(select(Article).order_by(Article.created_at.desc()).limit(limit).offset(offset)))


def add_article(article: Article) -> Article:
    with SessionLocal(expire_on_commit=False) as session:
        session.add(article)
        session.commit()
        return article
