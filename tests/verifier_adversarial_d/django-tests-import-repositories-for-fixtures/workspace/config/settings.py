SECRET_KEY = "x"
ALLOWED_HOSTS = ["*"]
ROOT_URLCONF = "config.urls"
INSTALLED_APPS: list[str] = []
DATABASES: dict = {}
USE_TZ = True
