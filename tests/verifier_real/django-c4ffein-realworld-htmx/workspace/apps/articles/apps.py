# excerpt of https://github.com/c4ffein/realworld-django-htmx@554721d279be:apps/articles/apps.py
from django.apps import AppConfig

class ArticlesConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "articles"
