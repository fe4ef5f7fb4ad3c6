"""Reads and writes of comments."""

from __future__ import annotations

from sqlalchemy import delete, select
from sqlalchemy.orm import Session, sessionmaker

from conduit.models.article import Comment


class CommentRepository:
    def __init__(self, sessions: sessionmaker[Session]) -> None:
        self._sessions = sessions

    def for_article(self, article_id: int) -> list[Comment]:
        query = select(Comment).where(Comment.article_id == article_id).order_by(Comment.created_at.desc())
        with self._sessions() as session:
            return list(session.scalars(query).unique())

    def get(self, comment_id: int) -> Comment | None:
        with self._sessions() as session:
            return session.get(Comment, comment_id)

    def add(self, comment: Comment) -> Comment:
        with self._sessions.begin() as session:
            session.add(comment)
            session.flush()
            session.refresh(comment)
            return comment

    def delete(self, comment_id: int) -> None:
        with self._sessions.begin() as session:
            session.execute(delete(Comment).where(Comment.id == comment_id))
