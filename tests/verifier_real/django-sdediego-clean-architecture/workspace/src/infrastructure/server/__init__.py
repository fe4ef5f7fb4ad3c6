# excerpt of sdediego/django-clean-architecture@915a8d844a8d:src/infrastructure/server/__init__.py
from src.infrastructure.server.celery import app as celery_app
