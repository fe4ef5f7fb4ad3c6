"""Articles, the feed, favorites and tags."""

from __future__ import annotations

from django.http import HttpRequest, JsonResponse
from django.urls import URLPattern, path

from conduit.routes.common import ViewSet, envelope, methods


class ArticleViews(ViewSet):
    def list(self, request: HttpRequest) -> JsonResponse:
        return JsonResponse(self.services.articles.list(request.GET.dict(), self.viewer(request)))

    def feed(self, request: HttpRequest) -> JsonResponse:
        return JsonResponse(self.services.articles.feed(self.me(request), request.GET.dict()))

    def create(self, request: HttpRequest) -> JsonResponse:
        me = self.me(request)
        return JsonResponse({"article": self.services.articles.create(me, envelope(request, "article"))}, status=201)

    def detail(self, request: HttpRequest, slug: str) -> JsonResponse:
        return JsonResponse({"article": self.services.articles.get(slug, self.viewer(request))})

    def update(self, request: HttpRequest, slug: str) -> JsonResponse:
        me = self.me(request)
        return JsonResponse({"article": self.services.articles.update(slug, me, envelope(request, "article"))})

    def delete(self, request: HttpRequest, slug: str) -> JsonResponse:
        self.services.articles.delete(slug, self.me(request))
        return JsonResponse({})

    def favorite(self, request: HttpRequest, slug: str) -> JsonResponse:
        return JsonResponse({"article": self.services.articles.favorite(slug, self.me(request))})

    def unfavorite(self, request: HttpRequest, slug: str) -> JsonResponse:
        return JsonResponse({"article": self.services.articles.unfavorite(slug, self.me(request))})

    def tags(self, request: HttpRequest) -> JsonResponse:
        return JsonResponse({"tags": self.services.articles.tags()})

    def urlpatterns(self) -> list[URLPattern]:
        return [
            path("api/articles", methods(get=self.list, post=self.create)),
            path("api/articles/feed", methods(get=self.feed)),
            path("api/articles/<str:slug>", methods(get=self.detail, put=self.update, delete=self.delete)),
            path("api/articles/<str:slug>/favorite", methods(post=self.favorite, delete=self.unfavorite)),
            path("api/tags", methods(get=self.tags)),
        ]
