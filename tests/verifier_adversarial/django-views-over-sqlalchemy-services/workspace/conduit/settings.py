import os

SECRET_KEY = os.environ.get("JWT_SECRET", "dev-secret")
DEBUG = False
ALLOWED_HOSTS = ["*"]
ROOT_URLCONF = "conduit.routes.views"
INSTALLED_APPS: list[str] = []
MIDDLEWARE = ["django.middleware.common.CommonMiddleware"]
DATABASES: dict = {}  # storage is SQLAlchemy's (see conduit/db.py); Django's ORM is not used
USE_TZ = True
