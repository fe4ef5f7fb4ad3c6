"""Article, tag, favorite and comment persistence."""
from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import Article, Comment, Tag, User, favorites


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
            query = query.where(Article.author.has(User.username == author))
        if favorited:
            fan = select(User.id).where(User.username == favorited).scalar_subquery()
            query = query.where(Article.id.in_(select(favorites.c.article_id).where(favorites.c.user_id == fan)))
        query = query.order_by(Article.created_at.desc(), Article.id.desc())
        rows = list(self.session.scalars(query))
        return rows[offset:offset + limit], len(rows)

    def feed(self, user: User, limit=20, offset=0):
        ids = [u.id for u in user.following]
        query = select(Article).where(Article.author_id.in_(ids)).order_by(Article.created_at.desc())
        rows = list(self.session.scalars(query))
        return rows[offset:offset + limit], len(rows)

    def add(self, article: Article) -> Article:
        self.session.add(article)
        self.session.flush()
        return article

    def delete(self, article: Article) -> None:
        self.session.delete(article)

    def tags_named(self, names: list[str]) -> list[Tag]:
        found = {t.name: t for t in self.session.scalars(select(Tag).where(Tag.name.in_(names)))}
        for name in names:
            if name not in found:
                found[name] = Tag(name=name)
                self.session.add(found[name])
        return [found[n] for n in names]

    def all_tags(self) -> list[str]:
        return list(self.session.scalars(select(Tag.name).order_by(Tag.name)))

    def comments_for(self, article: Article) -> list[Comment]:
        return list(self.session.scalars(select(Comment).where(Comment.article_id == article.id).order_by(Comment.id)))

    def add_comment(self, comment: Comment) -> Comment:
        self.session.add(comment)
        self.session.flush()
        return comment
