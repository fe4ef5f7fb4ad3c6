# excerpt of HackSoftware/Django-Styleguide-Example@a70ef43d7df0:styleguide_example/files/apps.py
from django.apps import AppConfig

class FilesConfig(AppConfig):
    name = "styleguide_example.files"
