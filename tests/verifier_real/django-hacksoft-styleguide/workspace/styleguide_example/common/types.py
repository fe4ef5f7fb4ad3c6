# excerpt of HackSoftware/Django-Styleguide-Example@a70ef43d7df0:styleguide_example/common/types.py
from typing import TypeVar

from django.db import models

DjangoModelType = TypeVar("DjangoModelType", bound=models.Model)
