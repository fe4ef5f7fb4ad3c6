from sqlalchemy import desc, func, select
from sqlalchemy.orm import Session

from ..models import Article, Tag, User


class ArticleRepository:
    """Every read and write of articles and tags."""

    def __init__(self, session: Session) -> None:
        self.session = session

    def get_by_slug(self, slug: str) -> Article | None:
        return self.session.scalars(select(Article).where(Article.slug == slug)).first()

    def list(self, *, tag=None, author=None, favorited=None, limit=20, offset=0) -> tuple[list[Article], int]:
        query = select(Article)
        if tag:
            query = query.where(Article.tags.any(Tag.name == tag))
        if author:
            query = query.join(Article.author).where(User.username == author)
        if favorited:
            query = query.where(Article.favorited_by.any(User.username == favorited))
        total = self.session.scalar(select(func.count()).select_from(query.subquery()))
        rows = self.session.scalars(query.order_by(desc(Article.created_at)).limit(limit).offset(offset)).all()
        return list(rows), int(total or 0)

    def tags_named(self, names: list[str]) -> list[Tag]:
        found = {t.name: t for t in self.session.scalars(select(Tag).where(Tag.name.in_(names)))}
        for name in names:
            if name not in found:
                found[name] = Tag(name=name)
                self.session.add(found[name])
        return [found[n] for n in names]

    def all_tags(self) -> list[str]:
        return list(self.session.scalars(select(Tag.name).order_by(Tag.name)))

    def add(self, article: Article) -> Article:
        self.session.add(article)
        self.session.commit()
        return article

    def delete(self, article: Article) -> None:
        self.session.delete(article)
        self.session.commit()
