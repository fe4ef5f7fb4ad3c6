import os

SECRET_KEY = os.environ.get("SECRET_KEY", "dev-key")
DEBUG = False
ALLOWED_HOSTS = ["*"]
INSTALLED_APPS = ["django.contrib.contenttypes", "tags"]
ROOT_URLCONF = "config.urls"

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": os.getenv("PGDATABASE", "conduit"),
        "USER": os.getenv("PGUSER", "postgres"),
        "PASSWORD": os.getenv("PGPASSWORD", ""),
        "HOST": "localhost",  # inside the container the DB is local
        "PORT": os.getenv("PGPORT", "5432"),
    }
}
DEFAULT_AUTO_FIELD = "django.db.models.AutoField"
