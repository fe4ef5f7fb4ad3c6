# excerpt of https://github.com/c4ffein/realworld-django-htmx@554721d279be:apps/articles/admin.py
from django.apps import apps

from django.contrib import admin
