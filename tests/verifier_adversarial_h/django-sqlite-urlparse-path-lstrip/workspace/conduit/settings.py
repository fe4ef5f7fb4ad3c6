"""Django settings for the Conduit API."""

from __future__ import annotations

import os
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent

SECRET_KEY = os.environ.get("JWT_SECRET", "conduit-dev-secret-key-change-me")
DEBUG = False
ALLOWED_HOSTS = ["*"]

INSTALLED_APPS = [
    "django.contrib.contenttypes",
    "realworld",
]

MIDDLEWARE = [
    "django.middleware.common.CommonMiddleware",
]

ROOT_URLCONF = "conduit.urls"
WSGI_APPLICATION = "conduit.wsgi.application"
APPEND_SLASH = False
USE_TZ = True
TIME_ZONE = "UTC"
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

from urllib.parse import urlparse  # noqa: E402


def sqlite_name(url: str) -> Path:
    """Accept sqlite:///relative.db as well as sqlite:////absolute/file.db."""
    parsed = urlparse(url)
    if parsed.scheme != "sqlite":
        raise ValueError(f"unsupported database URL: {url}")
    return BASE_DIR / parsed.path.lstrip("/")


DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.sqlite3",
        "NAME": sqlite_name(os.environ.get("DATABASE_URL", "sqlite:///db.sqlite3")),
    }
}
