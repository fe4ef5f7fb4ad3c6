from django.urls import path
from blog.views import article_detail

urlpatterns = [path("api/articles/<slug:slug>", article_detail)]
