# excerpt of HackSoftware/Django-Styleguide-Example@a70ef43d7df0:styleguide_example/api/urls.py
from django.urls import include, path
