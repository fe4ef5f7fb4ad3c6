from django.urls import path
from realworld import views

urlpatterns = [path("api/articles/<slug:slug>/favorite", views.favorite)]
