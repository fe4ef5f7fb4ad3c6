from marshmallow import ValidationError

from conduit.repositories import articles
from conduit.routes.schemas import ArticleUpdateSchema


class Invalid(Exception):
    def __init__(self, messages):
        self.messages = messages


def update(slug, changes):
    try:
        clean = ArticleUpdateSchema().load(changes)
    except ValidationError as exc:
        raise Invalid(exc.messages) from exc
    article = articles.get(slug)
    for key, value in clean.items():
        setattr(article, key, value)
    return articles.save(article)
