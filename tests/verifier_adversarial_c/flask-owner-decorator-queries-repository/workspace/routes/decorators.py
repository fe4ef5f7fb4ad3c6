from functools import wraps

from flask import g, jsonify

from db import SessionLocal
from repositories.articles import ArticleRepository

_articles = ArticleRepository(SessionLocal)


def author_required(view):
    @wraps(view)
    def wrapper(slug, *args, **kwargs):
        article = _articles.by_slug(slug)
        if article is None:
            return jsonify({"errors": {"body": ["article not found"]}}), 404
        if article.author_id != g.user_id:
            return jsonify({"errors": {"body": ["forbidden"]}}), 403
        return view(slug, *args, **kwargs)

    return wrapper
