from django.urls import path

from app.routes import articles, users

urlpatterns = [
    path("api/users", users.register),
    path("api/users/login", users.login),
    path("api/user", users.me),
    path("api/profiles/<str:username>", users.profile),
    path("api/profiles/<str:username>/follow", users.follow),
    path("api/articles", articles.collection),
    path("api/articles/feed", articles.feed),
    path("api/articles/<slug:slug>", articles.item),
    path("api/articles/<slug:slug>/favorite", articles.favorite),
    path("api/articles/<slug:slug>/comments", articles.comments),
    path("api/articles/<slug:slug>/comments/<int:comment_id>", articles.comment),
    path("api/tags", articles.tags),
]
