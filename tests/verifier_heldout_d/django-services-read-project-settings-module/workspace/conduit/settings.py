"""Minimal Django settings: no Django ORM, no sessions, JSON API only."""

import os

SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY", "conduit-insecure-dev-key")
JWT_SECRET = os.environ.get("JWT_SECRET", SECRET_KEY)
JWT_TTL_DAYS = int(os.environ.get("JWT_TTL_DAYS", "7"))
PASSWORD_ITERATIONS = 150_000
DEBUG = False
ALLOWED_HOSTS = ["*"]
ROOT_URLCONF = "conduit.urls"
INSTALLED_APPS: list[str] = []
MIDDLEWARE = ["django.middleware.common.CommonMiddleware"]
APPEND_SLASH = False
DATABASES: dict = {}
USE_TZ = True
