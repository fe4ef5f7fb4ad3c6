# excerpt of HackSoftware/Django-Styleguide-Example@a70ef43d7df0:config/settings/sessions.py
from config.env import env

"""
Do read:

    1. https://docs.djangoproject.com/en/3.1/ref/settings/#sessions
    2. https://developer.mozilla.org/en-US/docs/Web/HTTP/Cookies
"""

SESSION_COOKIE_NAME = env("SESSION_COOKIE_NAME", default="sessionid")
