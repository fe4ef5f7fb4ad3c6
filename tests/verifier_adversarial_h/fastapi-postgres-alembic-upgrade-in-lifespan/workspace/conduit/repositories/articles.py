"""Article, tag, favorite and comment persistence."""

from __future__ import annotations

from sqlalchemy import delete, func, insert, select
from sqlalchemy.orm import Session

from conduit.models import Article, Comment, Tag, User, article_tags, favorites


def by_slug(session: Session, slug: str) -> Article | None:
    return session.scalar(select(Article).where(Article.slug == slug))


def tags_named(session: Session, names: list[str]) -> list[Tag]:
    tags = []
    for name in dict.fromkeys(names):
        tag = session.scalar(select(Tag).where(Tag.name == name))
        if tag is None:
            tag = Tag(name=name)
            session.add(tag)
        tags.append(tag)
    return tags


def add(session: Session, article: Article) -> Article:
    session.add(article)
    session.flush()
    return article


def remove(session: Session, article: Article) -> None:
    session.delete(article)


def listing(session, *, tag=None, author=None, favorited=None, author_ids=None, limit=20, offset=0):
    query = select(Article)
    if tag:
        query = query.join(article_tags).join(Tag).where(Tag.name == tag)
    if author:
        query = query.join(User, Article.author_id == User.id).where(User.username == author)
    if favorited:
        fan = select(User.id).where(User.username == favorited).scalar_subquery()
        query = query.join(favorites, favorites.c.article_id == Article.id).where(favorites.c.user_id == fan)
    if author_ids is not None:
        query = query.where(Article.author_id.in_(author_ids))
    total = session.scalar(select(func.count()).select_from(query.subquery()))
    rows = session.scalars(query.order_by(Article.created_at.desc()).limit(limit).offset(offset)).unique().all()
    return list(rows), total


def favorites_count(session: Session, article_id: int) -> int:
    return session.scalar(select(func.count()).select_from(favorites).where(favorites.c.article_id == article_id))


def is_favorited(session: Session, user_id: int | None, article_id: int) -> bool:
    if user_id is None:
        return False
    row = session.execute(
        select(favorites).where(favorites.c.user_id == user_id, favorites.c.article_id == article_id)
    ).first()
    return row is not None


def favorite(session: Session, user_id: int, article_id: int) -> None:
    if not is_favorited(session, user_id, article_id):
        session.execute(insert(favorites).values(user_id=user_id, article_id=article_id))


def unfavorite(session: Session, user_id: int, article_id: int) -> None:
    session.execute(delete(favorites).where(favorites.c.user_id == user_id, favorites.c.article_id == article_id))


def all_tags(session: Session) -> list[str]:
    return list(session.scalars(select(Tag.name).join(article_tags).distinct().order_by(Tag.name)))


def comments_for(session: Session, article_id: int) -> list[Comment]:
    return list(session.scalars(select(Comment).where(Comment.article_id == article_id).order_by(Comment.id)))


def add_comment(session: Session, comment: Comment) -> Comment:
    session.add(comment)
    session.flush()
    return comment


def comment_by_id(session: Session, article_id: int, comment_id: int) -> Comment | None:
    return session.scalar(select(Comment).where(Comment.id == comment_id, Comment.article_id == article_id))
