# excerpt of sdediego/django-clean-architecture@915a8d844a8d:src/infrastructure/clients/provider/mock/__init__.py
