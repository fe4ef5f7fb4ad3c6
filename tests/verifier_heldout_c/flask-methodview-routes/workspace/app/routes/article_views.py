from flask import jsonify
from flask.views import MethodView

from app.routes.common import body_of, current_user
from app.services.articles import ArticleService

articles = ArticleService()


class ArticleItem(MethodView):
    def get(self, slug):
        return jsonify({"article": articles.get(slug, current_user(required=False))})

    def put(self, slug):
        return jsonify({"article": articles.update(current_user(), slug, body_of("article"))})

    def delete(self, slug):
        articles.delete(current_user(), slug)
        return "", 204


def register(bp) -> None:
    bp.add_url_rule("/articles/<slug>", view_func=ArticleItem.as_view("article_item"))
