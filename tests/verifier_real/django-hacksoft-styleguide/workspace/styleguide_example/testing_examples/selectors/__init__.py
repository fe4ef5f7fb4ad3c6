# excerpt of HackSoftware/Django-Styleguide-Example@a70ef43d7df0:styleguide_example/testing_examples/selectors/__init__.py
from .schools import *
