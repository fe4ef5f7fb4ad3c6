# excerpt of hotwire-django/hotwire-django-realworld@e2ff333f8e8f:articles/apps.py
from django.apps import AppConfig

class ArticlesConfig(AppConfig):
    name = 'articles'
