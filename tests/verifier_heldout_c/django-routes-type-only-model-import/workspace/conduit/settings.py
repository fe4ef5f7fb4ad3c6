import os

SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY", "conduit-insecure-key")
DEBUG = False
ALLOWED_HOSTS = ["*"]
ROOT_URLCONF = "conduit.urls"
INSTALLED_APPS = []
MIDDLEWARE = ["django.middleware.common.CommonMiddleware"]
# Data lives in SQLAlchemy (app/db.py); Django itself is used only for HTTP.
DATABASES = {}
USE_TZ = True
APPEND_SLASH = False
