# excerpt of HackSoftware/Django-Styleguide-Example@a70ef43d7df0:styleguide_example/api/apps.py
from django.apps import AppConfig

class ApiConfig(AppConfig):
    name = "styleguide_example.api"
