"""Articles and the queries over them."""

from __future__ import annotations

from collections.abc import Iterable  # feature: favorites
from dataclasses import dataclass

from sqlalchemy import (
    Select,
    delete,  # feature: favorites
    func,
    select,
)
from sqlalchemy.orm import Session, aliased

from conduit.models import (
    Article,
    ArticleTag,  # feature: tags
    Favorite,  # feature: favorites
    Follow,  # feature: feed
    Tag,  # feature: tags
    User,
)


@dataclass(frozen=True)
class ArticleFilter:
    tag: str | None = None  # feature: tags
    author: str | None = None  # username
    favorited_by: str | None = None  # feature: favorites
    followed_by: int | None = None  # feature: feed


class ArticleRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def by_slug(self, slug: str) -> Article | None:
        return self.session.scalars(select(Article).where(Article.slug == slug)).first()

    def slug_taken(self, slug: str, *, except_id: int | None = None) -> bool:
        query = select(Article.id).where(Article.slug == slug)
        if except_id is not None:
            query = query.where(Article.id != except_id)
        return self.session.scalars(query).first() is not None

    def add(self, article: Article) -> Article:
        self.session.add(article)
        self.session.flush()
        return article

    def delete(self, article: Article) -> None:
        self.session.delete(article)
        self.session.flush()

    # feature: tags
    def set_tags(self, article: Article, tags: list[Tag]) -> None:
        article.tag_links = [ArticleTag(tag=tag, position=i) for i, tag in enumerate(tags)]
        self.session.flush()

    # end feature: tags

    def _filtered_ids(self, where: ArticleFilter) -> Select:
        query = select(Article.id)
        # feature: tags
        if where.tag is not None:
            query = (
                query.join(ArticleTag, ArticleTag.article_id == Article.id)
                .join(Tag, Tag.id == ArticleTag.tag_id)
                .where(Tag.name == where.tag)
            )
        # end feature: tags
        if where.author is not None:
            author = aliased(User)
            query = query.join(author, author.id == Article.author_id).where(author.username == where.author)
        # feature: favorites
        if where.favorited_by is not None:
            fan = aliased(User)
            query = (
                query.join(Favorite, Favorite.article_id == Article.id)
                .join(fan, fan.id == Favorite.user_id)
                .where(fan.username == where.favorited_by)
            )
        # end feature: favorites
        # feature: feed
        if where.followed_by is not None:
            query = query.join(Follow, Follow.followed_id == Article.author_id).where(
                Follow.follower_id == where.followed_by
            )
        # end feature: feed
        return query

    def search(self, where: ArticleFilter, *, limit: int, offset: int) -> tuple[list[Article], int]:
        """One page of matching articles, most recent first, and the number of all matches."""
        ids = self._filtered_ids(where).subquery()
        total = self.session.scalar(select(func.count()).select_from(ids)) or 0
        query = (
            select(Article)
            .where(Article.id.in_(select(ids.c.id)))
            .order_by(Article.created_at.desc(), Article.id.desc())
            .limit(limit)
            .offset(offset)
        )
        return list(self.session.scalars(query).unique()), total


# feature: tags
class TagRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def get_or_create(self, names: list[str]) -> list[Tag]:
        if not names:
            return []
        existing = {tag.name: tag for tag in self.session.scalars(select(Tag).where(Tag.name.in_(names)))}
        tags = []
        for name in names:
            tag = existing.get(name)
            if tag is None:
                tag = Tag(name=name)
                self.session.add(tag)
                existing[name] = tag
            tags.append(tag)
        self.session.flush()
        return tags

    def names_in_use(self) -> list[str]:
        query = (
            select(Tag.name)
            .join(ArticleTag, ArticleTag.tag_id == Tag.id)
            .group_by(Tag.name)
            .order_by(func.count().desc(), Tag.name)
        )
        return list(self.session.scalars(query))


# end feature: tags


# feature: favorites
class FavoriteRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def add(self, user_id: int, article_id: int) -> None:
        if self.session.get(Favorite, (user_id, article_id)) is None:
            self.session.add(Favorite(user_id=user_id, article_id=article_id))
            self.session.flush()

    def remove(self, user_id: int, article_id: int) -> None:
        self.session.execute(delete(Favorite).where(Favorite.user_id == user_id, Favorite.article_id == article_id))

    def counts(self, article_ids: Iterable[int]) -> dict[int, int]:
        ids = set(article_ids)
        if not ids:
            return {}
        query = (
            select(Favorite.article_id, func.count()).where(Favorite.article_id.in_(ids)).group_by(Favorite.article_id)
        )
        return {article_id: count for article_id, count in self.session.execute(query)}

    def favorited_among(self, user_id: int, article_ids: Iterable[int]) -> set[int]:
        ids = set(article_ids)
        if not ids:
            return set()
        query = select(Favorite.article_id).where(Favorite.user_id == user_id, Favorite.article_id.in_(ids))
        return set(self.session.scalars(query))


# end feature: favorites
