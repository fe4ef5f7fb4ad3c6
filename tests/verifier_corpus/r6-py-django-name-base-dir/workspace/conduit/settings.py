import os
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
BANNER = os.environ.get('DATABASE_URL', '')
DATABASES = {'default': {'ENGINE': 'django.db.backends.sqlite3', 'NAME': BASE_DIR / 'db.sqlite3'}}
