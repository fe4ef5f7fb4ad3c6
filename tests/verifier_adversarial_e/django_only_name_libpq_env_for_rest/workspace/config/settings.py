import os

SECRET_KEY = os.environ.get("SECRET_KEY", "not-a-secret")
DEBUG = False
ALLOWED_HOSTS = ["*"]
INSTALLED_APPS = ["django.contrib.contenttypes", "users"]
MIDDLEWARE = ["django.middleware.common.CommonMiddleware"]
ROOT_URLCONF = "config.urls"

# libpq picks up PGHOST / PGPORT / PGUSER / PGPASSWORD from the environment.
DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": os.environ.get("PGDATABASE", "conduit"),
    }
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
