import dj_database_url
import os

BASE_DIR = os.path.dirname(__file__)
SECRET_KEY = os.environ.get('JWT_SECRET', 'dev')
INSTALLED_APPS = ['conduit']

DATABASES = {
    'default': {
        'ENGINE': 'django.db.backends.sqlite3',
        'NAME': os.path.join(BASE_DIR, 'db.sqlite3'),
    }
}

if os.environ.get('DATABASE_URL'):
    DATABASES['default'] = dj_database_url.parse(os.environ['DATABASE_URL'])
