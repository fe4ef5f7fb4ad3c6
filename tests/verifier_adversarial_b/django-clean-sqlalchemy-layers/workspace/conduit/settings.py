SECRET_KEY = "dev"
DEBUG = False
ALLOWED_HOSTS = ["*"]
INSTALLED_APPS = ["conduit.apps.ConduitConfig"]
ROOT_URLCONF = "conduit.urls"
DATABASES = {}  # persistence is SQLAlchemy's job, see db.py
APPEND_SLASH = False
MIDDLEWARE = []
