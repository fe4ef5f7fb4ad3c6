"""Comments on articles."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from conduit.models import Comment


class CommentRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def for_article(self, article_id: int) -> list[Comment]:
        query = (
            select(Comment)
            .where(Comment.article_id == article_id)
            .order_by(Comment.created_at.desc(), Comment.id.desc())
        )
        return list(self.session.scalars(query))

    def by_id(self, comment_id: int) -> Comment | None:
        return self.session.get(Comment, comment_id)

    def add(self, comment: Comment) -> Comment:
        self.session.add(comment)
        self.session.flush()
        return comment

    def delete(self, comment: Comment) -> None:
        self.session.delete(comment)
        self.session.flush()
