# excerpt of hotwire-django/hotwire-django-realworld@e2ff333f8e8f:profiles/tests.py
from django.test import TestCase
