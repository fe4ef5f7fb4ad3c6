"""Comments on articles."""

from __future__ import annotations

from typing import Any

from conduit.models.article import Comment
from conduit.models.user import User
from conduit.repositories.comments import CommentRepository
from conduit.services.articles import ArticleService
from conduit.services.errors import Forbidden, NotFound, ValidationFailed
from conduit.services.users import ProfileService


class CommentService:
    def __init__(self, comments: CommentRepository, articles: ArticleService, profiles: ProfileService) -> None:
        self._comments = comments
        self._articles = articles
        self._profiles = profiles

    def present(self, comment: Comment, viewer: User | None) -> dict[str, Any]:
        return {
            "id": comment.id,
            "body": comment.body,
            "createdAt": comment.created_at.isoformat().replace("+00:00", "Z"),
            "updatedAt": comment.updated_at.isoformat().replace("+00:00", "Z"),
            "author": self._profiles.present(comment.author, viewer),
        }

    def list(self, slug: str, viewer: User | None) -> list[dict[str, Any]]:
        article = self._articles.find(slug)
        return [self.present(c, viewer) for c in self._comments.for_article(article.id)]

    def add(self, slug: str, author: User, data: dict[str, Any]) -> dict[str, Any]:
        body = data.get("body")
        if not isinstance(body, str) or not body.strip():
            raise ValidationFailed("can't be blank", field="body")
        article = self._articles.find(slug)
        comment = self._comments.add(Comment(body=body, article_id=article.id, author_id=author.id))
        return self.present(comment, author)

    def delete(self, slug: str, comment_id: int, viewer: User) -> None:
        article = self._articles.find(slug)
        comment = self._comments.get(comment_id)
        if comment is None or comment.article_id != article.id:
            raise NotFound("comment")
        if comment.author_id != viewer.id:
            raise Forbidden("only the author may delete this comment")
        self._comments.delete(comment.id)
