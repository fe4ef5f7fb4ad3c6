from sqlalchemy import func, select
from sqlalchemy.orm import Session

from conduit.models import Article, Favorite, Tag, User


class ArticleRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def by_slug(self, slug: str) -> Article | None:
        return self.session.scalar(select(Article).where(Article.slug == slug))

    def listing(self, *, tag=None, author=None, favorited=None, limit=20, offset=0):
        query = select(Article)
        if tag:
            query = query.where(Article.tags.any(Tag.name == tag))
        if author:
            query = query.join(User, Article.author_id == User.id).where(User.username == author)
        if favorited:
            fan = select(User.id).where(User.username == favorited).scalar_subquery()
            query = query.join(Favorite, Favorite.article_id == Article.id).where(Favorite.user_id == fan)
        total = self.session.scalar(select(func.count()).select_from(query.subquery()))
        rows = self.session.scalars(query.order_by(Article.created_at.desc()).limit(limit).offset(offset))
        return list(rows), total

    def tags_named(self, names: list[str]) -> list[Tag]:
        existing = {t.name: t for t in self.session.scalars(select(Tag).where(Tag.name.in_(names)))}
        for name in names:
            if name not in existing:
                existing[name] = Tag(name=name)
                self.session.add(existing[name])
        return [existing[name] for name in names]

    def all_tags(self) -> list[str]:
        return list(self.session.scalars(select(Tag.name).order_by(Tag.name)))

    def favorites_count(self, article_id: int) -> int:
        return self.session.scalar(select(func.count()).where(Favorite.article_id == article_id)) or 0

    def add(self, article: Article) -> Article:
        self.session.add(article)
        self.session.flush()
        return article

    def remove(self, article: Article) -> None:
        self.session.delete(article)

    def commit(self) -> None:
        self.session.commit()
