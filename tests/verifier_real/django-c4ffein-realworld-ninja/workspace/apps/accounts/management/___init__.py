# excerpt of https://github.com/c4ffein/realworld-django-ninja@04ef47ced437:apps/accounts/management/___init__.py
