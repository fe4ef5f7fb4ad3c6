"""Articles, favorites, comments and tags."""

from __future__ import annotations

from conduit.db import session_scope
from conduit.errors import Forbidden, NotFound, ValidationFailed
from conduit.models import Article, Comment
from conduit.repositories import articles as repo
from conduit.repositories import users as users_repo
from conduit.services.users import profile_json
from conduit.slugs import slugify


def _iso(value) -> str:
    return value.isoformat().replace("+00:00", "Z")


def article_json(session, article: Article, viewer_id: int | None) -> dict:
    return {
        "slug": article.slug,
        "title": article.title,
        "description": article.description,
        "body": article.body,
        "tagList": [tag.name for tag in article.tags],
        "createdAt": _iso(article.created_at),
        "updatedAt": _iso(article.updated_at),
        "favorited": repo.is_favorited(session, viewer_id, article.id),
        "favoritesCount": repo.favorites_count(session, article.id),
        "author": profile_json(session, article.author, viewer_id),
    }


def comment_json(session, comment: Comment, viewer_id: int | None) -> dict:
    return {
        "id": comment.id,
        "body": comment.body,
        "createdAt": _iso(comment.created_at),
        "updatedAt": _iso(comment.updated_at),
        "author": profile_json(session, comment.author, viewer_id),
    }


def _find(session, slug: str) -> Article:
    article = repo.by_slug(session, slug)
    if article is None:
        raise NotFound("article")
    return article


def list_articles(viewer_id, *, tag=None, author=None, favorited=None, limit=20, offset=0) -> dict:
    with session_scope() as session:
        rows, total = repo.listing(session, tag=tag, author=author, favorited=favorited, limit=limit, offset=offset)
        return {"articles": [article_json(session, a, viewer_id) for a in rows], "articlesCount": total}


def feed(viewer_id: int, *, limit=20, offset=0) -> dict:
    with session_scope() as session:
        ids = users_repo.followed_ids(session, viewer_id)
        rows, total = repo.listing(session, author_ids=ids, limit=limit, offset=offset)
        return {"articles": [article_json(session, a, viewer_id) for a in rows], "articlesCount": total}


def get(slug: str, viewer_id: int | None) -> dict:
    with session_scope() as session:
        return article_json(session, _find(session, slug), viewer_id)


def create(viewer_id: int, data: dict) -> dict:
    for field in ("title", "description", "body"):
        if not isinstance(data.get(field), str) or not data[field].strip():
            raise ValidationFailed(field, "can't be blank")
    with session_scope() as session:
        article = Article(
            slug=slugify(data["title"]),
            title=data["title"],
            description=data["description"],
            body=data["body"],
            author_id=viewer_id,
        )
        article.tags = repo.tags_named(session, data.get("tagList") or [])
        repo.add(session, article)
        session.refresh(article)
        return article_json(session, article, viewer_id)


def update(slug: str, viewer_id: int, data: dict) -> dict:
    with session_scope() as session:
        article = _find(session, slug)
        if article.author_id != viewer_id:
            raise Forbidden()
        if "title" in data and data["title"] != article.title:
            article.title = data["title"]
            article.slug = slugify(data["title"])
        for field in ("description", "body"):
            if field in data:
                setattr(article, field, data[field])
        if data.get("tagList") is not None:
            article.tags = repo.tags_named(session, data["tagList"])
        session.flush()
        return article_json(session, article, viewer_id)


def delete(slug: str, viewer_id: int) -> None:
    with session_scope() as session:
        article = _find(session, slug)
        if article.author_id != viewer_id:
            raise Forbidden()
        repo.remove(session, article)


def set_favorite(slug: str, viewer_id: int, on: bool) -> dict:
    with session_scope() as session:
        article = _find(session, slug)
        if on:
            repo.favorite(session, viewer_id, article.id)
        else:
            repo.unfavorite(session, viewer_id, article.id)
        session.flush()
        return article_json(session, article, viewer_id)


def comments(slug: str, viewer_id: int | None) -> dict:
    with session_scope() as session:
        article = _find(session, slug)
        return {"comments": [comment_json(session, c, viewer_id) for c in repo.comments_for(session, article.id)]}


def add_comment(slug: str, viewer_id: int, data: dict) -> dict:
    if not isinstance(data.get("body"), str) or not data["body"].strip():
        raise ValidationFailed("body", "can't be blank")
    with session_scope() as session:
        article = _find(session, slug)
        comment = repo.add_comment(session, Comment(body=data["body"], article_id=article.id, author_id=viewer_id))
        session.refresh(comment)
        return comment_json(session, comment, viewer_id)


def delete_comment(slug: str, comment_id: int, viewer_id: int) -> None:
    with session_scope() as session:
        article = _find(session, slug)
        comment = repo.comment_by_id(session, article.id, comment_id)
        if comment is None:
            raise NotFound("comment")
        if comment.author_id != viewer_id:
            raise Forbidden()
        session.delete(comment)


def tags() -> dict:
    with session_scope() as session:
        return {"tags": repo.all_tags(session)}
