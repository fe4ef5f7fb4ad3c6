# excerpt of sdediego/django-clean-architecture@915a8d844a8d:src/infrastructure/api/routes/urls.py
from django.conf import settings

from django.conf.urls import include

from django.urls import path
