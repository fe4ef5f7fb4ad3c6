from dataclasses import dataclass


@dataclass
class Article:
    slug: str
    title: str
    body: str
    description: str = ""
