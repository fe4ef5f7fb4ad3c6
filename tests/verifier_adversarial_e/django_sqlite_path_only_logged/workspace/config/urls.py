from django.urls import path
from conduit_app import views

urlpatterns = [
    path("api/articles", views.articles),
]
