"""Reporting queries that are clumsy to express with the ORM."""

from __future__ import annotations

from sqlalchemy import text
from sqlalchemy.orm import Session

_TAGS_IN_USE = text(
    """
    SELECT t.name
    FROM tags AS t
    JOIN article_tags AS at ON at.tag_id = t.id
    GROUP BY t.name
    ORDER BY COUNT(*) DESC, t.name
    """
)


def tags_in_use(session: Session) -> list[str]:
    return [row.name for row in session.execute(_TAGS_IN_USE)]
