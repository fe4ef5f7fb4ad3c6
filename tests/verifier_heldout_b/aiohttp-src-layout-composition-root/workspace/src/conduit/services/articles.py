"""Use cases around articles, favorites, comments and tags."""
from __future__ import annotations

import re
import secrets

from conduit.models import Article, Comment, User
from conduit.repositories.articles import ArticleRepository
from conduit.services import validation
from conduit.services.errors import Forbidden, NotFound
from conduit.services.users import UserService


def slugify(title: str) -> str:
    base = re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-") or "article"
    return f"{base}-{secrets.token_hex(3)}"


def iso(moment) -> str:
    return moment.isoformat().replace("+00:00", "Z")


class ArticleService:
    def __init__(self, articles: ArticleRepository, users: UserService):
        self.articles = articles
        self.users = users

    def _present(self, article: Article, viewer: User | None) -> dict:
        return {
            "slug": article.slug,
            "title": article.title,
            "description": article.description,
            "body": article.body,
            "tagList": [tag.name for tag in article.tags],
            "createdAt": iso(article.created_at),
            "updatedAt": iso(article.updated_at),
            "favorited": bool(viewer) and self.articles.is_favorited(viewer.id, article.id),
            "favoritesCount": self.articles.favorites_count(article.id),
            "author": self.users.profile_of(article.author, viewer),
        }

    def _owned(self, slug: str, viewer: User) -> Article:
        article = self.articles.by_slug(slug)
        if article is None:
            raise NotFound("article not found")
        if article.author_id != viewer.id:
            raise Forbidden("only the author may change this article")
        return article

    def list(self, viewer: User | None, *, tag=None, author=None, favorited=None, limit=20, offset=0) -> dict:
        rows, total = self.articles.search(tag=tag, author=author, favorited=favorited, limit=limit, offset=offset)
        return {"articles": [self._present(a, viewer) for a in rows], "articlesCount": total}

    def feed(self, viewer: User, *, limit=20, offset=0) -> dict:
        followed = self.users.users.followed_ids(viewer.id)
        rows, total = self.articles.search(author_ids=followed, limit=limit, offset=offset)
        return {"articles": [self._present(a, viewer) for a in rows], "articlesCount": total}

    def get(self, slug: str, viewer: User | None) -> dict:
        article = self.articles.by_slug(slug)
        if article is None:
            raise NotFound("article not found")
        return {"article": self._present(article, viewer)}

    def create(self, viewer: User, payload) -> dict:
        data = validation.article_fields(validation.section(payload, "article"), creating=True)
        article = Article(slug=slugify(data["title"]), title=data["title"], description=data["description"], body=data["body"], author_id=viewer.id)
        tags = [t.strip() for t in data.get("tagList") or []]
        article = self.articles.add(article, list(dict.fromkeys(tags)))
        return {"article": self._present(article, viewer)}

    def update(self, viewer: User, slug: str, payload) -> dict:
        data = validation.article_fields(validation.section(payload, "article"), creating=False)
        article = self._owned(slug, viewer)
        changes = {k: data[k] for k in ("title", "description", "body") if k in data}
        if "title" in changes:
            changes["slug"] = slugify(changes["title"])
        tags = data.get("tagList")
        updated = self.articles.update(article.slug, changes, [t.strip() for t in tags] if tags is not None else None)
        return {"article": self._present(updated, viewer)}

    def delete(self, viewer: User, slug: str) -> None:
        self.articles.delete(self._owned(slug, viewer).id)

    def favorite(self, viewer: User, slug: str, on: bool) -> dict:
        article = self.articles.by_slug(slug)
        if article is None:
            raise NotFound("article not found")
        (self.articles.favorite if on else self.articles.unfavorite)(viewer.id, article.id)
        return {"article": self._present(article, viewer)}

    def comments(self, slug: str, viewer: User | None) -> dict:
        article = self.articles.by_slug(slug)
        if article is None:
            raise NotFound("article not found")
        return {"comments": [self._comment(c, viewer) for c in self.articles.comments(article.id)]}

    def add_comment(self, viewer: User, slug: str, payload) -> dict:
        data = validation.comment_fields(validation.section(payload, "comment"))
        article = self.articles.by_slug(slug)
        if article is None:
            raise NotFound("article not found")
        comment = self.articles.add_comment(Comment(body=data["body"], article_id=article.id, author_id=viewer.id))
        return {"comment": self._comment(comment, viewer)}

    def delete_comment(self, viewer: User, slug: str, comment_id: int) -> None:
        article = self.articles.by_slug(slug)
        comment = self.articles.comment(comment_id)
        if article is None or comment is None or comment.article_id != article.id:
            raise NotFound("comment not found")
        if comment.author_id != viewer.id:
            raise Forbidden("only the author may delete this comment")
        self.articles.delete_comment(comment_id)

    def _comment(self, comment: Comment, viewer: User | None) -> dict:
        return {
            "id": comment.id,
            "body": comment.body,
            "createdAt": iso(comment.created_at),
            "updatedAt": iso(comment.updated_at),
            "author": self.users.profile_of(comment.author, viewer),
        }

    def tags(self) -> dict:
        return {"tags": self.articles.all_tags()}
