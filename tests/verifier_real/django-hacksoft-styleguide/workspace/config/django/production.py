# excerpt of HackSoftware/Django-Styleguide-Example@a70ef43d7df0:config/django/production.py
from config.env import env

from .base import *  # noqa
