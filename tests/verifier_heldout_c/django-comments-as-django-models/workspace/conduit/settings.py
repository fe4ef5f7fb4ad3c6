import os

SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY", "conduit-insecure-key")
DEBUG = False
ALLOWED_HOSTS = ["*"]
ROOT_URLCONF = "conduit.urls"
INSTALLED_APPS = ["django.contrib.contenttypes", "comments"]
MIDDLEWARE = ["django.middleware.common.CommonMiddleware"]
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
DATABASES = {"default": {"ENGINE": "django.db.backends.sqlite3", "NAME": BASE_DIR / "db.sqlite3"}}
USE_TZ = True
APPEND_SLASH = False
