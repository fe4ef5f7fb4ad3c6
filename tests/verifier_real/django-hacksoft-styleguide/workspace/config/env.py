# excerpt of HackSoftware/Django-Styleguide-Example@a70ef43d7df0:config/env.py
import environ

from django.core.exceptions import ImproperlyConfigured

env = environ.Env()

BASE_DIR = environ.Path(__file__) - 2
