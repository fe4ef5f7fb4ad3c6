# excerpt of yoonge/conduit-drf@bcba78764216:conduit_drf/wsgi.py
import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "conduit_drf.settings")
