# excerpt of yoonge/conduit-drf@bcba78764216:conduit_drf/asgi.py
import os

from django.core.asgi import get_asgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "conduit_drf.settings")
