"""Comments on an article."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from conduit.models import Comment
from conduit.repositories import Database
from conduit.services.articles import article_by_slug
from conduit.services.errors import Forbidden, NotFound, Unauthorized
from conduit.services.presenters import comment_json
from conduit.services.retry import retry_on_conflict
from conduit.services.validation import Form


class CommentService:
    def __init__(self, database: Database) -> None:
        self.database = database

    def list(self, viewer_id: int | None, slug: str) -> dict[str, Any]:
        with self.database.unit_of_work() as uow:
            article = article_by_slug(uow, slug)
            comments = uow.comments.for_article(article.id)
            # feature: following
            followed = (
                uow.follows.followed_among(viewer_id, {c.author_id for c in comments})
                if viewer_id is not None
                else set()
            )
            # end feature: following
            return {
                "comments": [
                    comment_json(
                        c,
                        following=c.author_id in followed,  # feature: following
                    )
                    for c in comments
                ]
            }

    @retry_on_conflict
    def add(self, viewer_id: int | None, slug: str, data: Mapping[str, Any]) -> dict[str, Any]:
        if viewer_id is None:
            raise Unauthorized()
        form = Form(data)
        body = form.text("body", required=True, limit="comment") or ""
        form.check()
        with self.database.unit_of_work() as uow:
            article = article_by_slug(uow, slug)
            comment = uow.comments.add(Comment(body=body, article_id=article.id, author_id=viewer_id))
            uow.commit()
            return {
                "comment": comment_json(
                    comment,
                    following=False,  # feature: following
                )
            }

    def delete(self, viewer_id: int | None, slug: str, comment_id: int) -> dict[str, Any]:
        if viewer_id is None:
            raise Unauthorized()
        with self.database.unit_of_work() as uow:
            article = article_by_slug(uow, slug)
            comment = uow.comments.by_id(comment_id)
            if comment is None or comment.article_id != article.id:
                raise NotFound(f"comment {comment_id} not found")
            if comment.author_id != viewer_id:
                raise Forbidden("only the author may delete this comment")
            uow.comments.delete(comment)
            uow.commit()
            return {}
