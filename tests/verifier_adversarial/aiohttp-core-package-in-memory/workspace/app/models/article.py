from dataclasses import dataclass, field
from datetime import datetime


@dataclass
class Article:
    slug: str
    title: str
    description: str
    body: str
    author: str
    created_at: datetime
    updated_at: datetime
    tag_list: list[str] = field(default_factory=list)
