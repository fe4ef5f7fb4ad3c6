import os

SECRET_KEY = os.environ.get("JWT_SECRET", "dev-secret")
DEBUG = False
ALLOWED_HOSTS = ["*"]
ROOT_URLCONF = "conduit.routes.views"
INSTALLED_APPS = ["django.contrib.contenttypes", "django.contrib.auth"]
MIDDLEWARE = ["django.middleware.common.CommonMiddleware"]
DATABASES = {"default": {"ENGINE": "django.db.backends.sqlite3", "NAME": os.environ["SQLITE_PATH"]}}
PASSWORD_HASHERS = ["django.contrib.auth.hashers.PBKDF2PasswordHasher"]
USE_TZ = True
