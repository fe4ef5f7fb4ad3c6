import os

SECRET_KEY = os.environ.get("JWT_SECRET", "x")
ALLOWED_HOSTS = ["*"]
ROOT_URLCONF = "config.urls"
INSTALLED_APPS = ["django.contrib.contenttypes", "accounts"]
DATABASES = {
    "default": {"ENGINE": "django.db.backends.sqlite3", "NAME": os.environ["SQLITE_PATH"]},
    "sessions": {"ENGINE": "django.db.backends.sqlite3", "NAME": "/tmp/conduit-sessions.sqlite3"},
}
DATABASE_ROUTERS = ["config.routers.TokenRouter"]
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
