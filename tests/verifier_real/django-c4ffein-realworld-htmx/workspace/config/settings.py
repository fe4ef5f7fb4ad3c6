# excerpt of https://github.com/c4ffein/realworld-django-htmx@554721d279be:config/settings.py
import sys

from os import getenv

from pathlib import Path

from urllib.parse import urlparse

SECRET_KEY = getenv("SECRET_KEY", "django-insecure-2jr-1j1%i(%pqej_8_ujp9l2n1vl%^i9y390o^n&nj_(z8!+ke")

DEBUG = str(getenv("DEBUG", False)).lower() == "true"

ALLOWED_HOSTS = ["*"] if DEBUG else (lambda s: s.split(";") if s else [])(getenv("ALLOWED_HOSTS", ""))

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    # 3rd Party Packages
    "taggit",
    "django_extensions",
    # Local Apps
    "apps.accounts",
    "apps.articles",
    "apps.comments",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
]

DATABASE_URL = getenv("DATABASE_URL")

if DATABASE_URL and DATABASE_URL.startswith((":memory:", "file:")):
    if not DEBUG:
        raise RuntimeError("In-memory SQLite should only be used with DEBUG=True")
    DATABASES = {"default": {"ENGINE": "django.db.backends.sqlite3", "NAME": DATABASE_URL}}
elif DATABASE_URL:
    PARSED_DATABASE_URL = urlparse(DATABASE_URL)
    DATABASES = {
        "default": {
            "ENGINE": "django.db.backends.postgresql",
            "NAME": PARSED_DATABASE_URL.path[1:],
            "USER": PARSED_DATABASE_URL.username,
            "PASSWORD": PARSED_DATABASE_URL.password,
            "HOST": PARSED_DATABASE_URL.hostname,
            "PORT": PARSED_DATABASE_URL.port,
        }
    }
elif DEBUG:
    DATABASES = {"default": {"ENGINE": "django.db.backends.sqlite3", "NAME": BASE_DIR / "db.sqlite3"}}
else:
    raise SystemExit(
        "You should set-up at least one of:\n"
        "- DATABASE_URL to use PostgreSQL - postgresql://[user[:password]@][netloc][:port][/dbname]\n"
        "- DATABASE_URL=':memory:' for in-memory SQLite (DEBUG only)\n"
        "- DEBUG to use file-based SQLite"
    )

USE_FAST_HASHER = str(getenv("USE_FAST_HASHER", False)).lower() == "true"

if USE_FAST_HASHER and not DEBUG:
    raise RuntimeError("USE_FAST_HASHER should only be used with DEBUG=True")

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
