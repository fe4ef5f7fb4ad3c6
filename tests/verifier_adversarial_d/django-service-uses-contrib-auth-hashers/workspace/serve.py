import os
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "project.settings")
from django.core.wsgi import get_wsgi_application
from waitress import serve

serve(get_wsgi_application(), host="0.0.0.0", port=int(os.environ.get("PORT", "8080")))
