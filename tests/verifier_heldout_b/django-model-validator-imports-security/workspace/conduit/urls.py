"""URL configuration."""
from django.urls import path

from conduit.routes import views

urlpatterns = [
    path("api/users", views.register),
    path("api/users/login", views.login),
    path("api/user", views.user),
    path("api/profiles/<str:username>", views.profile),
    path("api/profiles/<str:username>/follow", views.follow),
    path("api/articles", views.articles),
    path("api/articles/feed", views.feed),
    path("api/articles/<str:slug>", views.article),
    path("api/articles/<str:slug>/favorite", views.favorite),
    path("api/articles/<str:slug>/comments", views.comments),
    path("api/articles/<str:slug>/comments/<int:comment_id>", views.comment),
    path("api/tags", views.tags),
]
