# excerpt of https://github.com/c4ffein/realworld-django-htmx@554721d279be:apps/comments/admin.py
