from sqlalchemy import select, text
from sqlalchemy.orm import Session

from models import Article, Tag


class TagRepository:
    def __init__(self, session: Session):
        self.session = session

    def popular(self) -> list[str]:
        rows = self.session.execute(text(
            "SELECT t.name FROM tags t JOIN article_tags at ON at.tag_id = t.id "
            "GROUP BY t.id ORDER BY COUNT(*) DESC, t.name"
        ))
        return [r.name for r in rows]


class ArticleRepository:
    def __init__(self, session: Session):
        self.session = session

    def by_slug(self, slug: str) -> Article | None:
        return self.session.scalar(select(Article).where(Article.slug == slug))
