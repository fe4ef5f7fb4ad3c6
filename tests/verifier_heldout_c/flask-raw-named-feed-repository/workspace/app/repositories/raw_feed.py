"""'Raw' feed = the unfiltered, unranked list of articles (as opposed to the curated one)."""
from sqlalchemy import func, select

from app.db import session_scope
from app.models import Article


def sql_like(term: str) -> str:
    """Escape a search term for a LIKE pattern (the ORM still builds the statement)."""
    return "%" + term.replace("%", r"\%").replace("_", r"\_") + "%"


def raw_rows(term: str, limit: int = 20):
    with session_scope() as s:
        q = select(Article).where(Article.title.ilike(sql_like(term), escape="\\"))
        total = s.scalar(select(func.count()).select_from(q.subquery()))
        return list(s.scalars(q.order_by(Article.created_at.desc()).limit(limit)).unique()), total
