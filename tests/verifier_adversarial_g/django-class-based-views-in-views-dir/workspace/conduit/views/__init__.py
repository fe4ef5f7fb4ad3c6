"""HTTP layer: class-based Django views; the URL list is built around the wired services."""

from __future__ import annotations

from typing import Any

from django.urls import URLPattern, path

from conduit.views.articles import ArticleDetailView, ArticleListView, FavoriteView, FeedView, TagListView
from conduit.views.users import CurrentUserView, FollowView, LoginView, ProfileView, RegisterView


def build_urlpatterns(services: Any) -> list[URLPattern]:
    def route(pattern: str, view: Any) -> URLPattern:
        return path(pattern, view.as_view(services=services))

    return [
        route("api/users", RegisterView),
        route("api/users/login", LoginView),
        route("api/user", CurrentUserView),
        route("api/profiles/<str:username>", ProfileView),
        route("api/profiles/<str:username>/follow", FollowView),
        route("api/articles", ArticleListView),
        route("api/articles/feed", FeedView),
        route("api/articles/<str:slug>", ArticleDetailView),
        route("api/articles/<str:slug>/favorite", FavoriteView),
        route("api/tags", TagListView),
    ]
