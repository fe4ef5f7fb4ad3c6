# excerpt of HackSoftware/Django-Styleguide-Example@a70ef43d7df0:styleguide_example/testing_examples/services/students.py
from datetime import date

from typing import Optional

from django.db import transaction

from django.utils import timezone

from styleguide_example.testing_examples.models import School, Student

from styleguide_example.testing_examples.selectors.schools import (
    school_list_school_courses,
)

from styleguide_example.testing_examples.services.rosters import roster_create
