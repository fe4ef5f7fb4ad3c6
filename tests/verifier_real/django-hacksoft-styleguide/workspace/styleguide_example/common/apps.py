# excerpt of HackSoftware/Django-Styleguide-Example@a70ef43d7df0:styleguide_example/common/apps.py
from django.apps import AppConfig

class CommonConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "styleguide_example.common"
