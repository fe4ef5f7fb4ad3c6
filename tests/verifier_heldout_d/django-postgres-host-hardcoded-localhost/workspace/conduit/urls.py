from django.urls import path

from api import views

urlpatterns = [
    path("api/users", views.register),
    path("api/users/login", views.login),
    path("api/user", views.current_user),
    path("api/profiles/<str:username>", views.profile),
    path("api/profiles/<str:username>/follow", views.follow),
    path("api/articles", views.articles),
    path("api/articles/feed", views.feed),
    path("api/articles/<slug:slug>", views.article),
    path("api/articles/<slug:slug>/favorite", views.favorite),
    path("api/articles/<slug:slug>/comments", views.comments),
    path("api/articles/<slug:slug>/comments/<int:comment_id>", views.comment),
    path("api/tags", views.tags),
]
