from dataclasses import dataclass


@dataclass
class Article:
    slug: str
    title: str
    description: str
    body: str
