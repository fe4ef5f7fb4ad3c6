"""Articles, tags and favorites."""

from __future__ import annotations

from aiohttp import web
from sqlalchemy import func, select

from conduit.models.entities import Article, Comment, Tag, User, favorites, follows
from conduit.repositories.database import Database


class ArticleRepository:
    def __init__(self, db: Database) -> None:
        self.db = db

    def get_by_slug(self, slug: str) -> Article | None:
        with self.db.session() as session:
            return session.scalar(select(Article).where(Article.slug == slug))

    def get_or_404(self, slug: str) -> Article:
        article = self.get_by_slug(slug)
        if article is None:
            raise web.HTTPNotFound(
                text='{"errors": {"body": ["article not found"]}}', content_type="application/json"
            )
        return article

    def slug_exists(self, slug: str) -> bool:
        with self.db.session() as session:
            return session.scalar(select(func.count()).where(Article.slug == slug)) > 0

    def search(self, tag=None, author=None, favorited=None, limit=20, offset=0) -> tuple[list[Article], int]:
        query = select(Article)
        if tag:
            query = query.where(Article.tags.any(Tag.name == tag))
        if author:
            query = query.join(User, Article.author_id == User.id).where(User.username == author)
        if favorited:
            fan = select(User.id).where(User.username == favorited).scalar_subquery()
            query = query.where(Article.id.in_(select(favorites.c.article_id).where(favorites.c.user_id == fan)))
        with self.db.session() as session:
            total = session.scalar(select(func.count()).select_from(query.subquery()))
            rows = session.scalars(query.order_by(Article.created_at.desc()).limit(limit).offset(offset)).unique()
            return list(rows), total

    def feed(self, user_id: int, limit=20, offset=0) -> tuple[list[Article], int]:
        followed = select(follows.c.followed_id).where(follows.c.follower_id == user_id)
        query = select(Article).where(Article.author_id.in_(followed))
        with self.db.session() as session:
            total = session.scalar(select(func.count()).select_from(query.subquery()))
            rows = session.scalars(query.order_by(Article.created_at.desc()).limit(limit).offset(offset)).unique()
            return list(rows), total

    def _tags(self, session, names: list[str]) -> list[Tag]:
        tags = []
        for name in dict.fromkeys(names):
            tag = session.scalar(select(Tag).where(Tag.name == name)) or Tag(name=name)
            tags.append(tag)
        return tags

    def add(self, author_id: int, slug: str, title: str, description: str, body: str, tag_list: list[str]) -> Article:
        with self.db.session() as session:
            article = Article(author_id=author_id, slug=slug, title=title, description=description, body=body)
            article.tags = self._tags(session, tag_list)
            session.add(article)
            session.flush()
            session.refresh(article)
            return article

    def update(self, article_id: int, tag_list: list[str] | None = None, **fields: str) -> Article:
        with self.db.session() as session:
            article = session.get(Article, article_id)
            for name, value in fields.items():
                setattr(article, name, value)
            if tag_list is not None:
                article.tags = self._tags(session, tag_list)
            session.flush()
            session.refresh(article)
            return article

    def delete(self, article_id: int) -> None:
        with self.db.session() as session:
            article = session.get(Article, article_id)
            if article is not None:
                session.delete(article)

    def set_favorite(self, article_id: int, user_id: int, favorite: bool) -> Article:
        with self.db.session() as session:
            article = session.get(Article, article_id)
            user = session.get(User, user_id)
            if favorite and user not in article.favorited_by:
                article.favorited_by.append(user)
            elif not favorite and user in article.favorited_by:
                article.favorited_by.remove(user)
            session.flush()
            return article

    def all_tags(self) -> list[str]:
        with self.db.session() as session:
            return list(session.scalars(select(Tag.name).where(Tag.id.in_(select(Tag.id).join(Article.tags))).order_by(Tag.name)))


class CommentRepository:
    def __init__(self, db: Database) -> None:
        self.db = db

    def for_article(self, article_id: int) -> list[Comment]:
        with self.db.session() as session:
            query = select(Comment).where(Comment.article_id == article_id).order_by(Comment.created_at.desc())
            return list(session.scalars(query))

    def get(self, comment_id: int) -> Comment | None:
        with self.db.session() as session:
            return session.get(Comment, comment_id)

    def add(self, article_id: int, author_id: int, body: str) -> Comment:
        with self.db.session() as session:
            comment = Comment(article_id=article_id, author_id=author_id, body=body)
            session.add(comment)
            session.flush()
            session.refresh(comment)
            return comment

    def delete(self, comment_id: int) -> None:
        with self.db.session() as session:
            comment = session.get(Comment, comment_id)
            if comment is not None:
                session.delete(comment)
