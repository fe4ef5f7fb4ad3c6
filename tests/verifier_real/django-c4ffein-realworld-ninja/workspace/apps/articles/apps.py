# excerpt of https://github.com/c4ffein/realworld-django-ninja@04ef47ced437:apps/articles/apps.py
from django.apps import AppConfig

class ArticlesConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "articles"
