# excerpt of https://github.com/c4ffein/realworld-django-htmx@554721d279be:apps/comments/apps.py
from django.apps import AppConfig

class CommentsConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "comments"
