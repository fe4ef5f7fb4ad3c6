# excerpt of sdediego/django-clean-architecture@915a8d844a8d:src/infrastructure/orm/db/provider/migrations/__init__.py
