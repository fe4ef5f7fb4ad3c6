from sqlalchemy import select, text
from sqlalchemy.orm import Session
from models import Article

RECENT_SLUGS = text("SELECT slug FROM articles ORDER BY created_at DESC LIMIT :n")


class ArticleRepository:
    def __init__(self, session: Session):
        self.session = session

    def by_slug(self, slug: str) -> Article | None:
        return self.session.scalar(select(Article).where(Article.slug == slug))

    def recent_slugs(self, n: int = 20) -> list[str]:
        return [row.slug for row in self.session.execute(RECENT_SLUGS, {"n": n})]

    def add(self, article: Article) -> Article:
        self.session.add(article)
        self.session.commit()
        return article

    def delete(self, article: Article) -> None:
        self.session.delete(article)
        self.session.commit()
