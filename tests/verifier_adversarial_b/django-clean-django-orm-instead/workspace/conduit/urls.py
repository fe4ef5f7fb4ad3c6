from django.urls import path
from routes import articles

urlpatterns = [path("api/articles/<slug:slug>", articles.detail)]
