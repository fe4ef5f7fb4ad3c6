# excerpt of hotwire-django/hotwire-django-realworld@e2ff333f8e8f:home/admin.py
from django.contrib import admin
