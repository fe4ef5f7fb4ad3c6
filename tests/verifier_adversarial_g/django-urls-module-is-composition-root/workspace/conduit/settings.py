"""Django settings for the Conduit API. Django serves HTTP only; storage is SQLAlchemy (see conduit.urls)."""

from __future__ import annotations

import os

SECRET_KEY = os.environ.get("JWT_SECRET", "conduit-dev-secret")
DEBUG = os.environ.get("DJANGO_DEBUG") == "1"
ALLOWED_HOSTS = ["*"]
ROOT_URLCONF = "conduit.urls"
INSTALLED_APPS: list[str] = []
MIDDLEWARE = ["django.middleware.common.CommonMiddleware"]
DATABASES: dict = {}
APPEND_SLASH = False
USE_TZ = True
DATA_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024
