import os

SECRET_KEY = os.environ.get("JWT_SECRET", "dev-secret")
DEBUG = False
ALLOWED_HOSTS = ["*"]
ROOT_URLCONF = "conduit_site.urls"
INSTALLED_APPS = []
MIDDLEWARE = ["django.middleware.common.CommonMiddleware"]
DATABASES = {}
APPEND_SLASH = False
