# excerpt of https://github.com/c4ffein/realworld-django-ninja@04ef47ced437:apps/accounts/apps.py
from django.apps import AppConfig

class AccountsConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "accounts"
