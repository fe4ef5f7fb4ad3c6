"""Minimal Django settings: no Django ORM, no sessions, JSON API only."""

import os

SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY", "conduit-insecure-dev-key")
DEBUG = False
ALLOWED_HOSTS = ["*"]
ROOT_URLCONF = "conduit.urls"
INSTALLED_APPS: list[str] = []
MIDDLEWARE = ["django.middleware.common.CommonMiddleware"]
APPEND_SLASH = False
DATABASES: dict = {}
USE_TZ = True
