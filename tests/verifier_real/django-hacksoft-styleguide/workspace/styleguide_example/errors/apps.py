# excerpt of HackSoftware/Django-Styleguide-Example@a70ef43d7df0:styleguide_example/errors/apps.py
from django.apps import AppConfig

class ErrorsConfig(AppConfig):
    name = "styleguide_example.errors"
