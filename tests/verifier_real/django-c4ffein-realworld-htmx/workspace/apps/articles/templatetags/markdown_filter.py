# excerpt of https://github.com/c4ffein/realworld-django-htmx@554721d279be:apps/articles/templatetags/markdown_filter.py
import markdown as md

import nh3

from django import template

from django.utils.safestring import mark_safe
