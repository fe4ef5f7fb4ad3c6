from dataclasses import dataclass
from datetime import datetime


@dataclass
class Comment:
    id: int
    article_slug: str
    author: str
    body: str
    created_at: datetime
