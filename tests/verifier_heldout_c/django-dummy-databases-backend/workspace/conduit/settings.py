import os

SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY", "conduit-insecure-key")
DEBUG = False
ALLOWED_HOSTS = ["*"]
ROOT_URLCONF = "conduit.urls"
INSTALLED_APPS = []
MIDDLEWARE = ["django.middleware.common.CommonMiddleware"]
# Django's ORM is deliberately not used: the task asks for SQLAlchemy, so we do NOT configure
# django.db.backends.sqlite3 here (that would create a second db.sqlite3 next to manage.py).
# The dummy backend makes any accidental use of django.db fail loudly.
DATABASES = {"default": {"ENGINE": "django.db.backends.dummy"}}
USE_TZ = True
APPEND_SLASH = False
