"""URL configuration."""

from django.urls import path

from conduit.views import api

urlpatterns = [
    path("api/users", api.register),
    path("api/users/login", api.login),
    path("api/user", api.current_user),
    path("api/profiles/<str:username>", api.profile),
    path("api/profiles/<str:username>/follow", api.follow),
    path("api/articles", api.articles),
    path("api/articles/feed", api.feed),
    path("api/articles/<slug:slug>", api.article),
    path("api/articles/<slug:slug>/favorite", api.favorite),
    path("api/articles/<slug:slug>/comments", api.comments),
    path("api/articles/<slug:slug>/comments/<int:comment_id>", api.comment),
    path("api/tags", api.tags),
]
