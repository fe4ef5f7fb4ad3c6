# excerpt of HackSoftware/Django-Styleguide-Example@a70ef43d7df0:styleguide_example/integrations/apps.py
from django.apps import AppConfig

class IntegrationsConfig(AppConfig):
    name = "styleguide_example.integrations"
