# excerpt of HackSoftware/Django-Styleguide-Example@a70ef43d7df0:styleguide_example/testing_examples/apps.py
from django.apps import AppConfig

class TestingExamplesConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "styleguide_example.testing_examples"
