from flask import Blueprint, jsonify, request

from conduit.services.article_service import ArticleService
from conduit.services.exceptions import ServiceError

articles_bp = Blueprint("articles", __name__)
service = ArticleService()
STATUS = {"not_found": 404, "forbidden": 403, "invalid": 422}


@articles_bp.errorhandler(ServiceError)
def service_error(error: ServiceError):
    return jsonify({"errors": {"body": [str(error) or error.status_hint]}}), STATUS[error.status_hint]


def serialize(article) -> dict:
    return {
        "slug": article.slug, "title": article.title, "description": article.description, "body": article.body,
        "tagList": [t.name for t in article.tags], "createdAt": article.created_at.isoformat(),
        "updatedAt": article.updated_at.isoformat(), "favorited": False, "favoritesCount": 0,
        "author": {"username": article.author.username, "bio": article.author.bio,
                   "image": article.author.image, "following": False},
    }


@articles_bp.get("/articles")
def list_articles():
    rows, total = service.page(tag=request.args.get("tag"), author=request.args.get("author"),
                               limit=request.args.get("limit", 20, type=int), offset=request.args.get("offset", 0, type=int))
    return jsonify({"articles": [serialize(a) for a in rows], "articlesCount": total})


@articles_bp.get("/articles/<slug>")
def get_article(slug):
    return jsonify({"article": serialize(service.get(slug))})
