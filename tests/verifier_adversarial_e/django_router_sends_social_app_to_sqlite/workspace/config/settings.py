import os
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
SECRET_KEY = os.environ.get("SECRET_KEY", "k")
DEBUG = False
ALLOWED_HOSTS = ["*"]
INSTALLED_APPS = ["django.contrib.contenttypes", "social"]
ROOT_URLCONF = "config.urls"

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": os.environ["PGDATABASE"],
        "USER": os.environ["PGUSER"],
        "PASSWORD": os.environ.get("PGPASSWORD", ""),
        "HOST": os.environ["PGHOST"],
        "PORT": os.environ["PGPORT"],
    },
    "social": {
        "ENGINE": "django.db.backends.sqlite3",
        "NAME": BASE_DIR / "social.sqlite3",
    },
}
DATABASE_ROUTERS = ["config.routers.SocialRouter"]
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
