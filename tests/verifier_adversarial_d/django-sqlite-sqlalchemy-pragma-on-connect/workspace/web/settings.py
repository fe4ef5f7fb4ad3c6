SECRET_KEY = "k"
ALLOWED_HOSTS = ["*"]
ROOT_URLCONF = "web.urls"
INSTALLED_APPS: list = []
DATABASES: dict = {}
