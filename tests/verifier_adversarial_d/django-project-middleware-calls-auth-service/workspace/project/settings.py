SECRET_KEY = "conduit-dev"
DEBUG = False
ALLOWED_HOSTS = ["*"]
ROOT_URLCONF = "project.urls"
INSTALLED_APPS: list[str] = []
MIDDLEWARE = ["project.middleware.TokenAuthMiddleware"]
DATABASES: dict = {}
