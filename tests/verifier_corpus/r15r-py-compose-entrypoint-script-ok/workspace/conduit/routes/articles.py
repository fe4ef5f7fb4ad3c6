from flask import Blueprint, jsonify

from conduit.services.articles import ArticleNotFound, ArticleService


def build_blueprint(service: ArticleService) -> Blueprint:
    bp = Blueprint("articles", __name__)

    @bp.get("/api/articles/<slug>")
    def get_article(slug):
        try:
            article = service.get(slug)
        except ArticleNotFound:
            return jsonify({"errors": {"body": ["article not found"]}}), 404
        return jsonify({"article": {"slug": article.slug, "body": article.body}})

    return bp
