# excerpt of HackSoftware/Django-Styleguide-Example@a70ef43d7df0:config/settings/google_oauth2.py
from config.env import env
