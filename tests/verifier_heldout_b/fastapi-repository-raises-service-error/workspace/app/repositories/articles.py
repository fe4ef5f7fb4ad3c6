"""Data access for articles, tags, favorites and comments."""
from __future__ import annotations

from sqlalchemy import delete, func, select

from app.models import Article, Comment, Favorite, Tag, User
from app.services.errors import NotFound


class ArticleRepository:
    def __init__(self, session_factory):
        self._sessions = session_factory

    def by_slug(self, slug: str) -> Article | None:
        with self._sessions() as session:
            return session.scalar(select(Article).where(Article.slug == slug))

    def search(self, *, tag=None, author=None, favorited=None, author_ids=None, limit=20, offset=0):
        query = select(Article)
        if tag:
            query = query.where(Article.tags.any(Tag.name == tag))
        if author:
            query = query.join(User, Article.author_id == User.id).where(User.username == author)
        if favorited:
            fan = select(User.id).where(User.username == favorited).scalar_subquery()
            query = query.where(Article.id.in_(select(Favorite.article_id).where(Favorite.user_id == fan)))
        if author_ids is not None:
            query = query.where(Article.author_id.in_(author_ids))
        with self._sessions() as session:
            total = session.scalar(select(func.count()).select_from(query.subquery()))
            rows = session.scalars(query.order_by(Article.created_at.desc(), Article.id.desc()).limit(limit).offset(offset))
            return list(rows.unique()), total or 0

    def tags_named(self, session, names: list[str]) -> list[Tag]:
        existing = {t.name: t for t in session.scalars(select(Tag).where(Tag.name.in_(names)))}
        return [existing.get(name) or Tag(name=name) for name in names]

    def add(self, article: Article, tag_names: list[str]) -> Article:
        with self._sessions() as session:
            article.tags = self.tags_named(session, tag_names)
            session.add(article)
            session.commit()
            session.refresh(article)
            return article

    def update(self, slug: str, changes: dict, tag_names: list[str] | None) -> Article:
        with self._sessions() as session:
            article = session.scalar(select(Article).where(Article.slug == slug))
            if article is None:
                # The article may have been deleted between the service's check and this write.
                raise NotFound("article not found")
            for field, value in changes.items():
                setattr(article, field, value)
            if tag_names is not None:
                article.tags = self.tags_named(session, tag_names)
            session.commit()
            session.refresh(article)
            return article

    def delete(self, article_id: int) -> None:
        with self._sessions() as session:
            session.execute(delete(Article).where(Article.id == article_id))
            session.commit()

    def all_tags(self) -> list[str]:
        with self._sessions() as session:
            return list(session.scalars(select(Tag.name).order_by(Tag.name)))

    def favorites_count(self, article_id: int) -> int:
        with self._sessions() as session:
            return session.scalar(select(func.count(Favorite.id)).where(Favorite.article_id == article_id)) or 0

    def is_favorited(self, user_id: int, article_id: int) -> bool:
        with self._sessions() as session:
            found = session.scalar(select(Favorite.id).where(Favorite.user_id == user_id, Favorite.article_id == article_id))
            return found is not None

    def favorite(self, user_id: int, article_id: int) -> None:
        if not self.is_favorited(user_id, article_id):
            with self._sessions() as session:
                session.add(Favorite(user_id=user_id, article_id=article_id))
                session.commit()

    def unfavorite(self, user_id: int, article_id: int) -> None:
        with self._sessions() as session:
            session.execute(delete(Favorite).where(Favorite.user_id == user_id, Favorite.article_id == article_id))
            session.commit()

    def comments(self, article_id: int) -> list[Comment]:
        with self._sessions() as session:
            return list(session.scalars(select(Comment).where(Comment.article_id == article_id).order_by(Comment.created_at.desc())))

    def add_comment(self, comment: Comment) -> Comment:
        with self._sessions() as session:
            session.add(comment)
            session.commit()
            session.refresh(comment)
            return comment

    def comment(self, comment_id: int) -> Comment | None:
        with self._sessions() as session:
            return session.get(Comment, comment_id)

    def delete_comment(self, comment_id: int) -> None:
        with self._sessions() as session:
            session.execute(delete(Comment).where(Comment.id == comment_id))
            session.commit()
