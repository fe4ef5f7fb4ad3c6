# excerpt of sdediego/django-clean-architecture@915a8d844a8d:src/infrastructure/orm/db/exchange_rate/migrations/__init__.py
