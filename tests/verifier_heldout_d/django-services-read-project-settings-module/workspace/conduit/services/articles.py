"""Articles, favorites, tags and comments."""

from __future__ import annotations

import re
import secrets

from conduit.models.entities import Article, Comment, User
from conduit.repositories.articles import ArticleRepository, CommentRepository
from conduit.repositories.users import UserRepository
from conduit.services.errors import Forbidden, NotFound, ValidationFailed
from conduit.services.profiles import profile_json


def iso(moment) -> str:
    return moment.isoformat().replace("+00:00", "Z")


def slugify(title: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-") or "article"


class ArticleService:
    def __init__(self, articles: ArticleRepository, comments: CommentRepository, users: UserRepository) -> None:
        self.articles = articles
        self.comments = comments
        self.users = users

    def _json(self, article: Article, viewer: User | None) -> dict:
        fans = {u.id for u in article.favorited_by}
        following = viewer is not None and self.users.is_following(viewer.id, article.author_id)
        return {
            "slug": article.slug,
            "title": article.title,
            "description": article.description,
            "body": article.body,
            "tagList": [t.name for t in article.tags],
            "createdAt": iso(article.created_at),
            "updatedAt": iso(article.updated_at),
            "favorited": viewer is not None and viewer.id in fans,
            "favoritesCount": len(fans),
            "author": profile_json(article.author, following),
        }

    def _require(self, slug: str) -> Article:
        article = self.articles.get_by_slug(slug)
        if article is None:
            raise NotFound("article not found")
        return article

    def list(self, viewer: User | None, **filters) -> dict:
        rows, total = self.articles.search(**filters)
        return {"articles": [self._json(a, viewer) for a in rows], "articlesCount": total}

    def feed(self, viewer: User, limit: int = 20, offset: int = 0) -> dict:
        rows, total = self.articles.feed(viewer.id, limit, offset)
        return {"articles": [self._json(a, viewer) for a in rows], "articlesCount": total}

    def get(self, slug: str, viewer: User | None) -> dict:
        return {"article": self._json(self._require(slug), viewer)}

    def create(self, author: User, data: dict) -> dict:
        for key in ("title", "description", "body"):
            if not isinstance(data.get(key), str) or not data[key].strip():
                raise ValidationFailed("can't be blank", key)
        slug = slugify(data["title"])
        if self.articles.slug_exists(slug):
            slug = f"{slug}-{secrets.token_hex(3)}"
        article = self.articles.add(
            author.id, slug, data["title"], data["description"], data["body"], list(data.get("tagList") or [])
        )
        return {"article": self._json(article, author)}

    def update(self, slug: str, user: User, data: dict) -> dict:
        article = self._require(slug)
        if article.author_id != user.id:
            raise Forbidden("you are not the author")
        fields = {k: data[k] for k in ("title", "description", "body") if data.get(k)}
        if "title" in fields:
            fields["slug"] = slugify(fields["title"])
        updated = self.articles.update(article.id, tag_list=data.get("tagList"), **fields)
        return {"article": self._json(updated, user)}

    def delete(self, slug: str, user: User) -> None:
        article = self._require(slug)
        if article.author_id != user.id:
            raise Forbidden("you are not the author")
        self.articles.delete(article.id)

    def favorite(self, slug: str, user: User, favorite: bool = True) -> dict:
        article = self._require(slug)
        return {"article": self._json(self.articles.set_favorite(article.id, user.id, favorite), user)}

    def tags(self) -> dict:
        return {"tags": self.articles.all_tags()}

    def _comment_json(self, comment: Comment, viewer: User | None) -> dict:
        following = viewer is not None and self.users.is_following(viewer.id, comment.author_id)
        return {
            "id": comment.id,
            "createdAt": iso(comment.created_at),
            "updatedAt": iso(comment.updated_at),
            "body": comment.body,
            "author": profile_json(comment.author, following),
        }

    def comments(self, slug: str, viewer: User | None) -> dict:
        article = self._require(slug)
        return {"comments": [self._comment_json(c, viewer) for c in self.comments.for_article(article.id)]}

    def add_comment(self, slug: str, user: User, data: dict) -> dict:
        article = self._require(slug)
        body = data.get("body")
        if not isinstance(body, str) or not body.strip():
            raise ValidationFailed("can't be blank", "body")
        return {"comment": self._comment_json(self.comments.add(article.id, user.id, body), user)}

    def delete_comment(self, slug: str, comment_id: int, user: User) -> None:
        article = self._require(slug)
        comment = self.comments.get(comment_id)
        if comment is None or comment.article_id != article.id:
            raise NotFound("comment not found")
        if comment.author_id != user.id:
            raise Forbidden("you are not the author")
        self.comments.delete(comment_id)
