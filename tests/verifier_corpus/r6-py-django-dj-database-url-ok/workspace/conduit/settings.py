from pathlib import Path

import dj_database_url

BASE_DIR = Path(__file__).resolve().parent.parent
DATABASES = {'default': {'ENGINE': 'django.db.backends.sqlite3', 'NAME': BASE_DIR / 'db.sqlite3'}}
DATABASES['default'] = dj_database_url.config(conn_max_age=600)
