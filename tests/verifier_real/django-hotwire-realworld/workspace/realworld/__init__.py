# excerpt of hotwire-django/hotwire-django-realworld@e2ff333f8e8f:realworld/__init__.py
