# excerpt of sdediego/django-clean-architecture@915a8d844a8d:src/domain/__init__.py
