import os
import dj_database_url

SECRET_KEY = os.getenv("SECRET_KEY", "dev")
DEBUG = os.getenv("DEBUG", "0") == "1"
ALLOWED_HOSTS = ["*"]
INSTALLED_APPS = ["django.contrib.contenttypes", "django.contrib.auth", "realworld"]
ROOT_URLCONF = "project.urls"
DATABASES = {"default": dj_database_url.config(default="sqlite:///db.sqlite3", conn_max_age=600)}
DEFAULT_AUTO_FIELD = "django.db.models.AutoField"
APPEND_SLASH = False
