"""The article entity."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timezone

from conduit.models.user import User


def _now() -> datetime:
    return datetime.now(timezone.utc)


@dataclass
class Article:
    slug: str
    title: str
    description: str
    body: str
    author_id: int
    id: int | None = None
    created_at: datetime = field(default_factory=_now)
    updated_at: datetime = field(default_factory=_now)
    author: User | None = None
    tags: list[str] = field(default_factory=list)

    @property
    def tag_list(self) -> list[str]:
        return sorted(self.tags)
