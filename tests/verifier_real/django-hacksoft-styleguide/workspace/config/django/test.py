# excerpt of HackSoftware/Django-Styleguide-Example@a70ef43d7df0:config/django/test.py
import os

os.environ.setdefault("DEBUG_TOOLBAR_ENABLED", "False")

from .base import *  # noqa
