# excerpt of HackSoftware/Django-Styleguide-Example@a70ef43d7df0:styleguide_example/tasks/apps.py
from django.apps import AppConfig

class TasksConfig(AppConfig):
    name = "styleguide_example.tasks"
