# excerpt of https://github.com/c4ffein/realworld-django-ninja@04ef47ced437:apps/comments/apps.py
from django.apps import AppConfig

class CommentsConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "comments"
