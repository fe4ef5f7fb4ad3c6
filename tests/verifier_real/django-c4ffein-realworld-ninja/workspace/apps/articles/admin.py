# excerpt of https://github.com/c4ffein/realworld-django-ninja@04ef47ced437:apps/articles/admin.py
from django.apps import apps

from django.contrib import admin
