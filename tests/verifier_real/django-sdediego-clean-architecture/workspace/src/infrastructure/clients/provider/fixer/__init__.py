# excerpt of sdediego/django-clean-architecture@915a8d844a8d:src/infrastructure/clients/provider/fixer/__init__.py
