from flask import g, request

from conduit.db import SessionLocal
from conduit.models.entities import Article


def attach_article():
    article_id = request.args.get('article')
    if article_id:
        with SessionLocal() as session:
            g.article = session.get(Article, int(article_id))
