"""Ownership rules shared by the article and comment use cases."""
from aiohttp import web

from conduit.models.article import Article


def ensure_author(article: Article, user_id: int) -> None:
    if article.author_id != user_id:
        raise web.HTTPForbidden(
            text='{"errors": {"body": ["only the author may do this"]}}', content_type="application/json"
        )
