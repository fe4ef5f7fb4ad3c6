# excerpt of HackSoftware/Django-Styleguide-Example@a70ef43d7df0:config/settings/celery.py
from config.env import env

CELERY_RESULT_BACKEND = "django-db"
