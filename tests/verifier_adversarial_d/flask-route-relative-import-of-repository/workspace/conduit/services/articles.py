from slugify import slugify

from ..models.article import Article
from ..repositories.articles import ArticleRepository


def create_article(data: dict) -> Article:
    return ArticleRepository().add(Article(slugify(data["title"]), data["title"], data["description"], data["body"]))
