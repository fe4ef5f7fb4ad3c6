# excerpt of https://github.com/c4ffein/realworld-django-htmx@554721d279be:apps/accounts/apps.py
from django.apps import AppConfig

class AccountsConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "accounts"
