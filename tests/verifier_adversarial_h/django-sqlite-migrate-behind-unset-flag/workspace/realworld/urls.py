from django.urls import path

from realworld import views

urlpatterns = [
    path("users", views.register),
    path("users/login", views.login),
    path("user", views.current_user),
    path("profiles/<str:username>", views.profile),
    path("profiles/<str:username>/follow", views.follow),
    path("articles", views.articles),
    path("articles/feed", views.feed),
    path("articles/<str:slug>", views.article),
    path("articles/<str:slug>/favorite", views.favorite),
    path("articles/<str:slug>/comments", views.comments),
    path("articles/<str:slug>/comments/<int:comment_id>", views.comment),
    path("tags", views.tags),
]
