"""Articles, the feed, favorites and tags."""

from __future__ import annotations

from django.http import JsonResponse

from conduit.views.base import ApiView


class ArticleListView(ApiView):
    def get(self, request) -> JsonResponse:
        return JsonResponse(self.services.articles.list(request.GET.dict(), self.viewer))

    def post(self, request) -> JsonResponse:
        me = self.me
        return JsonResponse({"article": self.services.articles.create(me, self.envelope("article"))}, status=201)


class FeedView(ApiView):
    def get(self, request) -> JsonResponse:
        return JsonResponse(self.services.articles.feed(self.me, request.GET.dict()))


class ArticleDetailView(ApiView):
    def get(self, request, slug: str) -> JsonResponse:
        return JsonResponse({"article": self.services.articles.get(slug, self.viewer)})

    def put(self, request, slug: str) -> JsonResponse:
        me = self.me
        return JsonResponse({"article": self.services.articles.update(slug, me, self.envelope("article"))})

    def delete(self, request, slug: str) -> JsonResponse:
        self.services.articles.delete(slug, self.me)
        return JsonResponse({})


class FavoriteView(ApiView):
    def post(self, request, slug: str) -> JsonResponse:
        return JsonResponse({"article": self.services.articles.favorite(slug, self.me)})

    def delete(self, request, slug: str) -> JsonResponse:
        return JsonResponse({"article": self.services.articles.unfavorite(slug, self.me)})


class TagListView(ApiView):
    def get(self, request) -> JsonResponse:
        return JsonResponse({"tags": self.services.articles.tags()})
