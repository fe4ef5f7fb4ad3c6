# excerpt of HackSoftware/Django-Styleguide-Example@a70ef43d7df0:styleguide_example/authentication/apps.py
from django.apps import AppConfig

class AuthenticationConfig(AppConfig):
    name = "styleguide_example.authentication"
