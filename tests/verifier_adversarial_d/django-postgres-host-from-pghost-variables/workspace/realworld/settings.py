import os

SECRET_KEY = os.environ.get("JWT_SECRET", "insecure")
ALLOWED_HOSTS = ["*"]
ROOT_URLCONF = "realworld.urls"
INSTALLED_APPS = ["django.contrib.contenttypes", "blog"]
DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": os.environ.get("PGDATABASE", "conduit"),
        "USER": os.environ.get("PGUSER", "postgres"),
        "PASSWORD": os.environ.get("PGPASSWORD", ""),
        "HOST": os.environ.get("PGHOST", ""),
        "PORT": os.environ.get("PGPORT", ""),
        "CONN_MAX_AGE": 60,
    }
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
USE_TZ = True
