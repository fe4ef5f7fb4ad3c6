from django.urls import path

from app import views

urlpatterns = [
    path("api/users", views.register),
    path("api/users/login", views.login),
    path("api/user", views.me),
    path("api/profiles/<str:username>", views.profile),
    path("api/articles", views.articles_collection),
    path("api/articles/<str:slug>", views.article_item),
    path("api/tags", views.tags),
]
