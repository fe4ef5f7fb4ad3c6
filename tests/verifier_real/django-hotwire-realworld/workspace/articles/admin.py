# excerpt of hotwire-django/hotwire-django-realworld@e2ff333f8e8f:articles/admin.py
from django.contrib import admin

from .models import Article, Comment, Tag
