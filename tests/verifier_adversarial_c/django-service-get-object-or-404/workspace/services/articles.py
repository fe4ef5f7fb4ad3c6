from django.http import Http404
from django.shortcuts import get_list_or_404


class ArticleService:
    def __init__(self, articles):
        self._articles = articles

    def by_author(self, username):
        return get_list_or_404(self._articles.by_author(username))

    def one(self, slug):
        article = self._articles.by_slug(slug)
        if article is None:
            raise Http404("article not found")
        return article
