# excerpt of yoonge/conduit-drf@bcba78764216:api/tests.py
from django.test import TestCase
