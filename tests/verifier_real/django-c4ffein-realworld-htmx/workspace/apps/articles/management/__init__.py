# excerpt of https://github.com/c4ffein/realworld-django-htmx@554721d279be:apps/articles/management/__init__.py
