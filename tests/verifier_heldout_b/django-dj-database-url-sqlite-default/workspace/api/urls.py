from django.urls import path

from api import views

urlpatterns = [
    path("users", views.register),
    path("users/login", views.login),
    path("user", views.current_user),
    path("articles", views.articles),
    path("articles/<slug:slug>", views.article),
    path("tags", views.tags),
]
