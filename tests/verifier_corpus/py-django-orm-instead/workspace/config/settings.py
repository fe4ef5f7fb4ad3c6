import os

BASE_DIR = os.path.dirname(__file__)
SECRET_KEY = os.environ.get('JWT_SECRET', 'dev')
INSTALLED_APPS = ['conduit']

DATABASES = {
    'default': {
        'ENGINE': 'django.db.backends.postgresql',
        'NAME': os.path.join(BASE_DIR, 'db.sqlite3'),
    }
}
