# excerpt of HackSoftware/Django-Styleguide-Example@a70ef43d7df0:config/settings/jwt.py
import datetime

from config.env import env
