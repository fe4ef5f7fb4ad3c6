from sqlalchemy import select, text
from sqlalchemy.orm import Session
from models import Article

POPULAR_TAGS = text("SELECT name, count(*) AS uses FROM tags GROUP BY name ORDER BY uses DESC LIMIT :n")


class ArticleRepository:
    def __init__(self, session: Session):
        self.session = session

    def by_slug(self, slug: str) -> Article | None:
        return self.session.scalar(select(Article).where(Article.slug == slug))

    def popular_tags(self, n: int = 20) -> list[str]:
        return [row.name for row in self.session.execute(POPULAR_TAGS, {"n": n})]

    def add(self, article: Article) -> Article:
        self.session.add(article)
        self.session.commit()
        return article

    def delete(self, article: Article) -> None:
        self.session.delete(article)
        self.session.commit()
