"""Reads and writes of articles, tags and favorites."""

from __future__ import annotations

from sqlalchemy import Select, delete, func, insert, select
from sqlalchemy.orm import Session, sessionmaker

from conduit.models.article import Article, Tag, article_tags, favorites
from conduit.models.user import User, follows


class ArticleRepository:
    def __init__(self, sessions: sessionmaker[Session]) -> None:
        self._sessions = sessions

    def get_by_slug(self, slug: str) -> Article | None:
        with self._sessions() as session:
            return session.scalar(select(Article).where(Article.slug == slug))

    def slug_exists(self, slug: str) -> bool:
        with self._sessions() as session:
            return session.scalar(select(Article.id).where(Article.slug == slug)) is not None

    def _page(self, query: Select, limit: int, offset: int) -> tuple[list[Article], int]:
        with self._sessions() as session:
            total = session.scalar(select(func.count()).select_from(query.order_by(None).subquery())) or 0
            rows = session.scalars(query.order_by(Article.created_at.desc()).limit(limit).offset(offset)).unique()
            return list(rows), total

    def list(
        self,
        *,
        tag: str | None = None,
        author: str | None = None,
        favorited_by: str | None = None,
        limit: int = 20,
        offset: int = 0,
    ) -> tuple[list[Article], int]:
        query = select(Article)
        if tag:
            query = query.where(Article.tags.any(Tag.name == tag))
        if author:
            query = query.where(Article.author.has(User.username == author))
        if favorited_by:
            fan = select(User.id).where(User.username == favorited_by).scalar_subquery()
            query = query.join(favorites, favorites.c.article_id == Article.id).where(favorites.c.user_id == fan)
        return self._page(query, limit, offset)

    def feed(self, user_id: int, *, limit: int = 20, offset: int = 0) -> tuple[list[Article], int]:
        followed = select(follows.c.followed_id).where(follows.c.follower_id == user_id)
        return self._page(select(Article).where(Article.author_id.in_(followed)), limit, offset)

    def _tags(self, session: Session, names: list[str]) -> list[Tag]:
        tags = []
        for name in dict.fromkeys(names):
            tag = session.scalar(select(Tag).where(Tag.name == name))
            if tag is None:
                tag = Tag(name=name)
                session.add(tag)
            tags.append(tag)
        return tags

    def add(self, article: Article, tag_names: list[str]) -> Article:
        with self._sessions.begin() as session:
            article.tags = self._tags(session, tag_names)
            session.add(article)
            session.flush()
            session.refresh(article)
            return article

    def save(self, article: Article) -> Article:
        with self._sessions.begin() as session:
            merged = session.merge(article)
            session.flush()
            session.refresh(merged)
            return merged

    def delete(self, article_id: int) -> None:
        with self._sessions.begin() as session:
            session.execute(delete(Article).where(Article.id == article_id))

    def favorite(self, user_id: int, article_id: int) -> None:
        if self.is_favorited(user_id, article_id):
            return
        with self._sessions.begin() as session:
            session.execute(insert(favorites).values(user_id=user_id, article_id=article_id))

    def unfavorite(self, user_id: int, article_id: int) -> None:
        with self._sessions.begin() as session:
            session.execute(
                delete(favorites).where(favorites.c.user_id == user_id, favorites.c.article_id == article_id)
            )

    def is_favorited(self, user_id: int, article_id: int) -> bool:
        with self._sessions() as session:
            found = session.scalar(
                select(favorites.c.article_id).where(
                    favorites.c.user_id == user_id, favorites.c.article_id == article_id
                )
            )
            return found is not None

    def favorites_count(self, article_id: int) -> int:
        with self._sessions() as session:
            return session.scalar(select(func.count()).where(favorites.c.article_id == article_id)) or 0

    def all_tags(self) -> list[str]:
        with self._sessions() as session:
            used = select(article_tags.c.tag_id)
            return list(session.scalars(select(Tag.name).where(Tag.id.in_(used)).order_by(Tag.name)))
