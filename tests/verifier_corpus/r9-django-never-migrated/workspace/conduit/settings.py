import os

INSTALLED_APPS = ['articles']
DATABASES = {'default': {'ENGINE': 'django.db.backends.sqlite3', 'NAME': os.environ['SQLITE_PATH']}}
