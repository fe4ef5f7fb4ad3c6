# excerpt of HackSoftware/Django-Styleguide-Example@a70ef43d7df0:styleguide_example/authentication/services.py
import uuid

from styleguide_example.users.models import BaseUser
