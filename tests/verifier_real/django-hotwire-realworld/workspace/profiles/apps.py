# excerpt of hotwire-django/hotwire-django-realworld@e2ff333f8e8f:profiles/apps.py
from django.apps import AppConfig

class ProfilesConfig(AppConfig):
    name = 'profiles'
