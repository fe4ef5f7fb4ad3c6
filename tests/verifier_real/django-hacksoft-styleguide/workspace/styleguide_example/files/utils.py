# excerpt of HackSoftware/Django-Styleguide-Example@a70ef43d7df0:styleguide_example/files/utils.py
import pathlib

from uuid import uuid4

from django.conf import settings

from django.urls import reverse
