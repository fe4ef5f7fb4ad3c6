# excerpt of HackSoftware/Django-Styleguide-Example@a70ef43d7df0:styleguide_example/testing_examples/services/__init__.py
from .rosters import *

from .school_courses import *

from .students import *
