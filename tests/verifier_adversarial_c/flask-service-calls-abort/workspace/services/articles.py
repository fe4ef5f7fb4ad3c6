from flask import abort


class ArticleService:
    def __init__(self, articles):
        self._articles = articles

    def delete(self, slug, user_id):
        article = self._articles.by_slug(slug)
        if article is None:
            abort(404)
        if article.author_id != user_id:
            abort(403)
        self._articles.delete(article)
