from django.urls import path

from conduit.routes import articles, users

urlpatterns = [
    path("api/users", users.register),
    path("api/users/login", users.login),
    path("api/user", users.current_user),
    path("api/profiles/<str:username>", users.profile),
    path("api/profiles/<str:username>/follow", users.follow),
    path("api/articles", articles.articles),
    path("api/articles/feed", articles.feed),
    path("api/articles/<str:slug>", articles.article),
    path("api/articles/<str:slug>/favorite", articles.favorite),
    path("api/articles/<str:slug>/comments", articles.comments),
    path("api/articles/<str:slug>/comments/<int:comment_id>", articles.comment),
    path("api/tags", articles.tags),
]
