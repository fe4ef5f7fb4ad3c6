# excerpt of https://github.com/c4ffein/realworld-django-htmx@554721d279be:apps/articles/urls.py
from django.urls import path

from articles import views
