# excerpt of HackSoftware/Django-Styleguide-Example@a70ef43d7df0:styleguide_example/tasks/__init__.py
from .celery import app as celery_app
