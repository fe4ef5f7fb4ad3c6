# excerpt of HackSoftware/Django-Styleguide-Example@a70ef43d7df0:styleguide_example/core/apps.py
from django.apps import AppConfig

class CoreConfig(AppConfig):
    name = "styleguide_example.core"
