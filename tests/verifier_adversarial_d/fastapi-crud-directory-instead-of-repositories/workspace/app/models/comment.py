from datetime import datetime, timezone
from sqlmodel import Field, SQLModel


class Comment(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    body: str
    article_id: int = Field(index=True)
    author_id: int
    created_at: datetime = Field(default_factory=lambda: datetime.now(timezone.utc))
