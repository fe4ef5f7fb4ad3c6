from slugify import slugify

from conduit.repositories.articles import ArticleRepository


def create(fields: dict) -> dict:
    return ArticleRepository().add(dict(fields, slug=slugify(fields['title'])))
