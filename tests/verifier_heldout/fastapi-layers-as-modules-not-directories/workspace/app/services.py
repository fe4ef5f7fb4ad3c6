import re

from . import repositories
from .models import Article


def feed(limit: int = 20, offset: int = 0) -> list[Article]:
    return repositories.list_articles(limit, offset)


def publish(title: str, body: str) -> Article:
    slug = re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-")
    return repositories.add_article(Article(slug=slug, title=title, body=body))
