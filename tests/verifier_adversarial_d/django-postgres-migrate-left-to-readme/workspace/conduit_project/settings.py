import os

import dj_database_url

SECRET_KEY = os.environ.get("JWT_SECRET", "dev")
ALLOWED_HOSTS = ["*"]
ROOT_URLCONF = "conduit_project.urls"
INSTALLED_APPS = ["django.contrib.contenttypes", "social"]
DATABASES = {"default": dj_database_url.config(conn_max_age=600)}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
