# excerpt of HackSoftware/Django-Styleguide-Example@a70ef43d7df0:config/settings/cors.py
from config.env import env
