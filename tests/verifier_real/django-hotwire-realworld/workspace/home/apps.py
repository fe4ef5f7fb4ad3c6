# excerpt of hotwire-django/hotwire-django-realworld@e2ff333f8e8f:home/apps.py
from django.apps import AppConfig

class HomeConfig(AppConfig):
    name = 'home'
