# excerpt of HackSoftware/Django-Styleguide-Example@a70ef43d7df0:config/settings/debug_toolbar/settings.py
from config.env import env
