import os

SECRET_KEY = "dev"
ALLOWED_HOSTS = ["*"]
INSTALLED_APPS = ["django.contrib.contenttypes", "django.contrib.auth", "articles"]
ROOT_URLCONF = "conduit.urls"
DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": os.getenv("PGDATABASE", "conduit"),
        "USER": os.getenv("PGUSER", "conduit"),
        "PASSWORD": os.getenv("PGPASSWORD", "conduit"),
        # force TCP, sockets are flaky in containers
        "HOST": "127.0.0.1",
        "PORT": "5432",
    }
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
APPEND_SLASH = False
