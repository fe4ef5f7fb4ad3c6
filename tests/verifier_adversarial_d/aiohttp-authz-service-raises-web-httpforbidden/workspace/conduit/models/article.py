from dataclasses import dataclass, field


@dataclass
class Article:
    slug: str
    title: str
    description: str
    body: str
    author_id: int
    tags: list[str] = field(default_factory=list)
