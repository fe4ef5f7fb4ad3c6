from dataclasses import dataclass


@dataclass
class Article:
    slug: str
    body: str
