from django.urls import path
from web.views import favorite_count

urlpatterns = [path("api/articles/<slug:slug>", favorite_count)]
