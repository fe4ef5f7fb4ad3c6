from dataclasses import asdict, dataclass


@dataclass
class Article:
    slug: str
    title: str
    description: str
    body: str
    author_id: int

    def as_dict(self) -> dict:
        return asdict(self)
