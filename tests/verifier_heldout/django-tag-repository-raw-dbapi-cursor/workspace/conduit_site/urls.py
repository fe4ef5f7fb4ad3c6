from django.urls import path

from api.routes import views

urlpatterns = [
    path("api/health-check", views.health),
    path("api/articles", views.articles),
    path("api/articles/<slug:slug>", views.article_detail),
    path("api/tags", views.tags),
]
